import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Combobox } from '../../../src/renderer/components/Combobox'

const FRUITS = ['Apple', 'Apricot', 'Banana', 'Blueberry']

function Fruits({ chosen }: { chosen: string[] }) {
  const [query, setQuery] = useState('')
  const options = FRUITS.filter((fruit) => fruit.toLowerCase().includes(query.toLowerCase()))
  return (
    <Combobox
      label="Fruit"
      listLabel="Fruits"
      placeholder="Type a fruit"
      query={query}
      onQueryChange={setQuery}
      expanded={query.length > 0}
      options={options}
      optionKey={(fruit) => fruit}
      renderOption={(fruit) => fruit}
      onChoose={(fruit) => chosen.push(fruit)}
      empty="No fruit"
      clearOnEscape
      classes={{ list: 'list', option: 'option', empty: 'empty' }}
    />
  )
}

describe('Combobox', () => {
  it('moves through the options with the arrow keys and chooses with Enter', async () => {
    const chosen: string[] = []
    render(<Fruits chosen={chosen} />)
    const field = screen.getByRole('combobox', { name: 'Fruit' })
    await userEvent.type(field, 'b{ArrowUp}{ArrowDown}{ArrowDown}')
    const selected = screen.getByRole('option', { selected: true })
    expect(selected.textContent).toBe('Blueberry')
    expect(field.getAttribute('aria-activedescendant')).toBe(selected.id)
    await userEvent.keyboard('{Enter}')
    expect(chosen).toEqual(['Blueberry'])
  })

  it('starts at the first option again when the query changes, and Escape empties the field', async () => {
    render(<Fruits chosen={[]} />)
    const field = screen.getByRole('combobox', { name: 'Fruit' })
    await userEvent.type(field, 'a{ArrowDown}{ArrowDown}p')
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Apple')
    await userEvent.type(field, 'z')
    expect(screen.getByRole('listbox', { name: 'Fruits' }).textContent).toBe('No fruit')
    await userEvent.keyboard('{Escape}')
    expect((field as HTMLInputElement).value).toBe('')
    expect(screen.queryByRole('listbox')).toBeNull()
  })
})
