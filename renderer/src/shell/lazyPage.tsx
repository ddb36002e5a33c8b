// Route-level code splitting (#14): a screen's code, and the libraries only it uses (charts, date
// pickers, forms), is loaded the first time the screen is opened, so the app's first load carries
// only the shell and the start page. While a screen's code loads, the one loading view shows.
import { lazy, Suspense, type ComponentType } from 'react'
import { Loading } from './StateViews'

/** The component exported as `name` by the module `load()` imports, loaded when it is first rendered. */
export function lazyComponent<M extends Record<K, ComponentType<never>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }))
  function LazyComponent(props: object) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  LazyComponent.displayName = `Lazy(${name})`
  // The same props as the component it loads.
  return LazyComponent as unknown as M[K]
}
