// Node peer for bench/peer_bench.py: the same first-match decision that
// `escalate batch` makes, done with json-logic-engine's compiled API.
//
//   node bench/peer/peer.mjs STEPS.json CASES.jsonl > OUT
//
// STEPS.json is {"steps": [{"id": "...", "when": LOGIC}, ..., {"id": "..."}]},
// the rule set's steps in order (a step without "when" is a catch-all).
// CASES.jsonl has one {"id": ..., "answers": {...}} per line. For every
// non-blank case line, in order, this prints the id of the first step whose
// condition is truthy, or "-" when none is. Each condition is compiled once.
// Install the pinned engine first: (cd bench/peer && npm install).
import { readFileSync } from 'node:fs'
import { LogicEngine } from 'json-logic-engine'

const [stepsPath, casesPath] = process.argv.slice(2)
if (!stepsPath || !casesPath) {
  process.stderr.write('usage: node peer.mjs STEPS.json CASES.jsonl > OUT\n')
  process.exit(2)
}

// JSON Logic's truthiness (jsonlogic.com): false, null, 0, "", NaN and [] are falsy.
const truthy = (v) => (Array.isArray(v) ? v.length > 0 : !!v)

const engine = new LogicEngine()
const steps = JSON.parse(readFileSync(stepsPath, 'utf8')).steps.map((s) => ({
  id: s.id,
  test: 'when' in s ? engine.build(s.when) : () => true
}))

const text = readFileSync(casesPath, 'utf8')
const out = []
let start = 0
while (start < text.length) {
  let end = text.indexOf('\n', start)
  if (end === -1) end = text.length
  const line = text.slice(start, end)
  start = end + 1
  if (line.trim() === '') continue
  const data = JSON.parse(line).answers
  let chosen = '-'
  for (const step of steps) {
    if (truthy(step.test(data))) {
      chosen = step.id
      break
    }
  }
  out.push(chosen)
}
process.stdout.write(out.length ? out.join('\n') + '\n' : '')
