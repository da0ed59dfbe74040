import WebSocket from 'ws'

type Listener = (event: WebSocket.MessageEvent) => void

/**
 * The WebSocket class the Hocuspocus provider is given in Node. The provider decodes each
 * message inside the socket's message listener, so a malformed message from a broken or hostile
 * server throws there, which in Node is an uncaught exception that ends the process. Here such
 * a message closes the connection instead and is reported through `onBadMessage`.
 */
export function guardedWebSocket(onBadMessage: (error: unknown) => void): unknown {
  const guards = new WeakMap<Listener, Listener>()
  class GuardedWebSocket extends WebSocket {}
  const add = WebSocket.prototype.addEventListener
  const remove = WebSocket.prototype.removeEventListener
  function addEventListener(this: WebSocket, type: string, listener: Listener, options?: WebSocket.EventListenerOptions) {
    if (type !== 'message') return add.call(this, type as 'message', listener as never, options)
    const guarded: Listener = (event) => {
      try {
        listener(event)
      } catch (error) {
        this.terminate()
        onBadMessage(error)
      }
    }
    guards.set(listener, guarded)
    add.call(this, 'message', guarded as never, options)
  }
  function removeEventListener(this: WebSocket, type: string, listener: Listener) {
    remove.call(this, type as 'message', (guards.get(listener) ?? listener) as never)
  }
  GuardedWebSocket.prototype.addEventListener = addEventListener as WebSocket['addEventListener']
  GuardedWebSocket.prototype.removeEventListener = removeEventListener as WebSocket['removeEventListener']
  return GuardedWebSocket
}
