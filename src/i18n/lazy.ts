// English areas made at their first use, not when the bundle starts: a run says a few areas of
// the 28 its bundle holds (crm today: today and card; not team, help, store, upkeep...). With the
// hot bundles' module bodies compiled with their file (scripts/bundle.mjs), an area never said
// costs nothing at start: its object of messages is neither compiled nor made.

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
