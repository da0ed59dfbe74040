import { describe, expect, it } from 'vitest'
import { markFound } from '../../../../../src/renderer/features/library/pdf/find-marks'

/** A text layer as pdf.js builds it: one presentation span per run of text. */
function layer(...runs: string[]) {
  const container = document.createElement('div')
  for (const run of runs) {
    const span = document.createElement('span')
    span.setAttribute('role', 'presentation')
    span.textContent = run
    container.append(span)
  }
  return container
}

describe('find marks in a PDF text layer', () => {
  it('marks each occurrence, whatever its case or accents, and leaves the text as it was', () => {
    const container = layer('Île-de-France and ile', 'Harbour ROBOTICS', 'nothing here')
    markFound(container, 'ile')
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Île', 'ile'])
    expect([...container.querySelectorAll('span')].map((span) => span.textContent)).toEqual(['Île-de-France and ile', 'Harbour ROBOTICS', 'nothing here'])
  })

  it('moves the marks to a new search, and clears them with an empty one', () => {
    const container = layer('Harbour robotics', 'robotics harbour')
    markFound(container, 'harbour')
    markFound(container, 'robotics')
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['robotics', 'robotics'])
    markFound(container, '')
    expect(container.querySelectorAll('mark')).toHaveLength(0)
    expect(container.innerHTML).toBe('<span role="presentation">Harbour robotics</span><span role="presentation">robotics harbour</span>')
  })

  it('never reads a PDF’s text as markup', () => {
    const container = layer('<img src=x onerror="window.hit=1"> port', '<b>port</b> & <script>1</script>')
    markFound(container, 'port')
    expect(container.querySelector('img, b, script')).toBeNull()
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['port', 'port'])
    expect(container.querySelectorAll('span')[0]!.textContent).toBe('<img src=x onerror="window.hit=1"> port')
  })
})
