const rules = new Intl.PluralRules('en')

/** The word for `count`: plural('1', 'member', 'members') is "member". */
export function plural(count: number, one: string, other: string): string {
  return rules.select(count) === 'one' ? one : other
}

/** "1 member", "2 members", "10,000 members": the count and the noun in the form the count needs. */
export function countOf(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en')} ${plural(count, one, other)}`
}
