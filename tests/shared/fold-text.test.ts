import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/shared/fold-text'

describe('foldText', () => {
  it('drops accents and case, and spells undecomposed letters plainly', () => {
    expect(foldText('São Paulo, ÅLESUND, Tromsø, Łódź, Straße, Æbeltoft')).toBe('sao paulo, alesund, tromso, lodz, strasse, aebeltoft')
  })

  it('decomposes compatibility forms such as ligatures', () => {
    expect(foldText('ﬁnance')).toBe('finance')
  })
})
