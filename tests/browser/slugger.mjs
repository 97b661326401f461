// Heading ids from github-slugger, the reference implementation of the ids GitHub gives
// headings: reads a JSON file of documents (each a list of heading texts, in order) and
// prints, as JSON, each document's ids (one slugger per document, as on GitHub).
import { readFileSync } from 'node:fs'
import GithubSlugger from 'github-slugger'

const documents = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const ids = documents.map((texts) => {
  const slugger = new GithubSlugger()
  return texts.map((text) => slugger.slug(text))
})
process.stdout.write(JSON.stringify(ids))
