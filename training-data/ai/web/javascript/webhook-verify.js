const crypto = require('crypto')
const express = require('express')

const SECRET = process.env.GITHUB_WEBHOOK_SECRET
if (!SECRET) throw new Error('GITHUB_WEBHOOK_SECRET is not set')

const seen = new Map()
const DELIVERY_TTL = 10 * 60 * 1000

function verifySignature(rawBody, header) {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false
  const expected = Buffer.from(
    'sha256=' + crypto.createHmac('sha256', SECRET).update(rawBody).digest('hex')
  )
  const actual = Buffer.from(header)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

function isReplay(id) {
  const now = Date.now()
  for (const [k, t] of seen) if (now - t > DELIVERY_TTL) seen.delete(k)
  if (seen.has(id)) return true
  seen.set(id, now)
  return false
}

const handlers = {
  push: async (p) => {
    console.log(`push to ${p.ref} in ${p.repository.full_name}: ${p.commits.length} commit(s)`)
  },
  pull_request: async (p) => {
    console.log(`PR #${p.number} ${p.action}: ${p.pull_request.title}`)
  },
  ping: async (p) => {
    console.log(`ping: ${p.zen}`)
  },
}

const router = express.Router()

router.post('/github', express.raw({ type: 'application/json', limit: '2mb' }), async (req, res) => {
  if (!Buffer.isBuffer(req.body)) return res.status(415).json({ error: 'expected application/json' })
  if (!verifySignature(req.body, req.get('X-Hub-Signature-256'))) {
    return res.status(401).json({ error: 'invalid signature' })
  }

  const delivery = req.get('X-GitHub-Delivery')
  if (delivery && isReplay(delivery)) return res.status(200).json({ ok: true, duplicate: true })

  let payload
  try {
    payload = JSON.parse(req.body.toString('utf8'))
  } catch {
    return res.status(400).json({ error: 'invalid JSON' })
  }

  const event = req.get('X-GitHub-Event')
  const handler = handlers[event]
  if (!handler) return res.status(202).json({ ok: true, ignored: event })

  res.status(202).json({ ok: true })
  handler(payload).catch((err) => console.error(`handler for ${event} failed:`, err))
})

if (require.main === module) {
  const app = express()
  app.use('/webhooks', router)
  app.listen(process.env.PORT || 4000)
}

module.exports = { router, verifySignature }
