// English areas made at their first use, not when the bundle starts: a run reads a few areas of
// the 28 its bundle holds (crm today: today and card; not team, help, store, upkeep...), and making
// an area means compiling its whole object of messages, which Node's compile cache does not keep
// (it keeps what is compiled before a module runs). Measured: a fifth of what issue 17 added to
// `crm today`'s start-up.

/** `make()`'s object, made when it is first read (a property, its keys, `in`), then kept. */
export function lazyArea<T extends object>(make: () => T): T {
  let made: T | undefined;
  const area = (): T => (made ??= make());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(area(), key),
    has: (_, key) => Reflect.has(area(), key),
    ownKeys: () => Reflect.ownKeys(area()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(area(), key),
  });
}
