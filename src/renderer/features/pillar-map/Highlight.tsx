import { highlightRuns } from './filter'

/** Text with the parts matching the filter marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightRuns(text, query).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  )
}
