import type { App, Session, WebContents } from 'electron'
import { decideNavigation, type NavigationDecision } from './navigation'

type GuardOptions = {
  trustedOrigins: readonly string[]
  openExternal: (url: string) => Promise<void>
}

/** A decision that cannot throw: anything that fails to be judged is refused, never let through. */
function decideOrRefuse(url: string, trustedOrigins: readonly string[]): NavigationDecision {
  try {
    return decideNavigation(url, trustedOrigins)
  } catch {
    return { allow: false, openExternally: null }
  }
}

/**
 * App-wide guards, installed before any window exists: no new windows, no navigation away
 * from the app page (safe links go to the system browser instead), no webviews.
 */
export function installWebContentsGuards(app: App, options: GuardOptions): void {
  const handOff = (url: string | null) => {
    // url comes from decideNavigation, which passes only safe http(s)/mailto links.
    if (url) void options.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
  }
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      handOff(decideOrRefuse(url, []).openExternally)
      return { action: 'deny' }
    })
    const guard = (event: { preventDefault: () => void }, url: string) => {
      const decision = decideOrRefuse(url, options.trustedOrigins)
      if (decision.allow) return
      event.preventDefault()
      handOff(decision.openExternally)
    }
    contents.on('will-navigate', guard)
    contents.on('will-redirect', guard)
    contents.on('will-frame-navigate', (event) => guard(event, event.url))
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/**
 * Denies every permission (camera, notifications, geolocation, …) and every request that
 * would leave the machine: the app works offline and loads only its own files.
 */
export function lockDownSession(session: Session, allowedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const local = /^(app|data|blob|devtools|chrome-extension):/.test(url)
    const dev = allowedOrigins.some((origin) => url.startsWith(origin) || url.startsWith(origin.replace(/^http/, 'ws')))
    callback({ cancel: !(local || dev) })
  })
}
