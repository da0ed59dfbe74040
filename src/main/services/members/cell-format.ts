/**
 * Spreadsheet numbers and dates as text the way the sheet shows them, from the cell's number
 * format: "05.03.2024" for dd.mm.yyyy, "1,234.50" for #,##0.00, "12.5%" for 0.0%, "00123" for
 * 00000. Covers the formats member lists use; anything else falls back to plain digits.
 */
const pad = (value: number, width: number) => String(value).padStart(width, '0')
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The part of a format before any `;` section, without colours, quotes and escapes. */
const firstSection = (format: string) => format.split(';')[0]!.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"|\\./g, '')

export function formatDate(date: Date, numFmt: string | undefined): string {
  const format = numFmt ? firstSection(numFmt).toLowerCase() : ''
  if (!/[dy]/.test(format)) return date.toISOString().slice(0, 10)
  const hasTime = /h/.test(format)
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/g, (token, offset: number) => {
    switch (token) {
      case 'yyyy': return String(date.getUTCFullYear())
      case 'yy': return pad(date.getUTCFullYear() % 100, 2)
      case 'mmmm': return MONTHS[date.getUTCMonth()]!
      case 'mmm': return MONTHS[date.getUTCMonth()]!.slice(0, 3)
      case 'dd': return pad(date.getUTCDate(), 2)
      case 'd': return String(date.getUTCDate())
      case 'hh': return pad(date.getUTCHours(), 2)
      case 'h': return String(date.getUTCHours())
      case 'ss': return pad(date.getUTCSeconds(), 2)
      default: {
        // "m" after an hour is minutes, elsewhere the month.
        const minutes = hasTime && /h[^dmy]*$/.test(format.slice(0, offset))
        const value = minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1
        return token === 'mm' ? pad(value, 2) : String(value)
      }
    }
  })
}

export function formatNumber(value: number, numFmt: string | undefined): string {
  const format = numFmt ? firstSection(numFmt) : ''
  if (!format || /general/i.test(format) || !/[0#]/.test(format)) return String(value)
  const percent = format.includes('%')
  const shown = percent ? value * 100 : value
  const [integerPart = '', decimalPart = ''] = format.replace(/[^0#.,]/g, '').split('.')
  const decimals = (decimalPart.match(/[0#]/g) ?? []).length
  const minDigits = (integerPart.match(/0/g) ?? []).length
  const fixed = Math.abs(shown).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  let digits = whole.padStart(minDigits, '0')
  if (integerPart.includes(',')) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${shown < 0 ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`
}
