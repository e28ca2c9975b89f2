#!/usr/bin/env node
const fs = require('fs')
const path = require('path')

const args = process.argv.slice(2)
const opts = { dir: '.', top: 20, min: 0, ignore: ['node_modules', '.git'] }

for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '-n' || a === '--top') opts.top = parseInt(args[++i], 10)
  else if (a === '--min') opts.min = parseSize(args[++i])
  else if (a === '--ignore') opts.ignore.push(args[++i])
  else if (a === '-h' || a === '--help') usage(0)
  else if (a.startsWith('-')) usage(1)
  else opts.dir = a
}

if (!Number.isFinite(opts.top) || opts.top < 1) usage(1)

function usage(code) {
  console.log('usage: find-large-files [dir] [-n N] [--min 10M] [--ignore name]')
  process.exit(code)
}

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)b?$/i.exec(s || '')
  if (!m) {
    console.error(`invalid size: ${s}`)
    process.exit(1)
  }
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()]
  return Math.round(parseFloat(m[1]) * mult)
}

function human(n) {
  const units = ['B', 'K', 'M', 'G', 'T']
  let i = 0
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024
    i++
  }
  return `${i === 0 ? n : n.toFixed(1)}${units[i]}`
}

function walk(dir, results, done) {
  fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
    if (err) return done(err.code === 'EACCES' ? null : err)
    let pending = entries.length
    if (!pending) return done(null)

    const next = (e) => {
      if (e) console.error(e.message)
      if (--pending === 0) done(null)
    }

    for (const ent of entries) {
      const full = path.join(dir, ent.name)
      if (opts.ignore.includes(ent.name)) {
        next()
      } else if (ent.isDirectory()) {
        walk(full, results, next)
      } else if (ent.isFile()) {
        fs.stat(full, (e, st) => {
          if (!e && st.size >= opts.min) results.push({ file: full, size: st.size })
          next(e)
        })
      } else {
        next()
      }
    }
  })
}

const results = []
walk(path.resolve(opts.dir), results, (err) => {
  if (err) {
    console.error(err.message)
    process.exit(1)
  }
  results.sort((a, b) => b.size - a.size)
  const top = results.slice(0, opts.top)
  const width = Math.max(0, ...top.map((r) => human(r.size).length))
  for (const r of top) {
    console.log(`${human(r.size).padStart(width)}  ${path.relative(process.cwd(), r.file)}`)
  }
  const total = results.reduce((s, r) => s + r.size, 0)
  console.log(`\n${results.length} files, ${human(total)} total`)
})
