const express = require('express');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const rateLimit = require('express-rate-limit');
const { body, validationResult } = require('express-validator');

const User = require('../models/user');

const router = express.Router();

const JWT_SECRET = process.env.JWT_SECRET;
const ACCESS_TTL = '15m';
const REFRESH_TTL_DAYS = 30;

if (!JWT_SECRET) {
  throw new Error('JWT_SECRET environment variable is required');
}

// Limit brute-force attempts on login/register
const authLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 20,
  standardHeaders: true,
  legacyHeaders: false,
  message: { error: 'Too many attempts, please try again later.' },
});

const validate = (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(422).json({ errors: errors.array().map((e) => ({ field: e.path, message: e.msg })) });
  }
  next();
};

function issueTokens(user) {
  const accessToken = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: ACCESS_TTL });
  const refreshToken = jwt.sign({ sub: user.id, type: 'refresh', ver: user.tokenVersion }, JWT_SECRET, {
    expiresIn: `${REFRESH_TTL_DAYS}d`,
  });
  return { accessToken, refreshToken };
}

function setRefreshCookie(res, token) {
  res.cookie('refresh_token', token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'strict',
    path: '/auth/refresh',
    maxAge: REFRESH_TTL_DAYS * 24 * 60 * 60 * 1000,
  });
}

router.post(
  '/register',
  authLimiter,
  body('email').isEmail().normalizeEmail(),
  body('password').isLength({ min: 12 }).withMessage('Password must be at least 12 characters'),
  body('name').trim().notEmpty(),
  validate,
  async (req, res, next) => {
    try {
      const { email, password, name } = req.body;
      if (await User.findOne({ email })) {
        return res.status(409).json({ error: 'Email is already registered' });
      }
      const passwordHash = await bcrypt.hash(password, 12);
      const user = await User.create({ email, name, passwordHash });
      const { accessToken, refreshToken } = issueTokens(user);
      setRefreshCookie(res, refreshToken);
      res.status(201).json({ user: user.toPublicJSON(), accessToken });
    } catch (err) {
      next(err);
    }
  }
);

router.post('/login', authLimiter, body('email').isEmail().normalizeEmail(), body('password').notEmpty(), validate,
  async (req, res, next) => {
    try {
      const user = await User.findOne({ email: req.body.email }).select('+passwordHash');
      const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
      if (!ok) {
        return res.status(401).json({ error: 'Invalid email or password' });
      }
      const { accessToken, refreshToken } = issueTokens(user);
      setRefreshCookie(res, refreshToken);
      res.json({ user: user.toPublicJSON(), accessToken });
    } catch (err) {
      next(err);
    }
  });

router.post('/refresh', async (req, res) => {
  const token = req.cookies?.refresh_token;
  if (!token) return res.status(401).json({ error: 'Missing refresh token' });
  try {
    const payload = jwt.verify(token, JWT_SECRET);
    const user = await User.findById(payload.sub);
    if (!user || payload.type !== 'refresh' || payload.ver !== user.tokenVersion) {
      return res.status(401).json({ error: 'Invalid refresh token' });
    }
    const tokens = issueTokens(user);
    setRefreshCookie(res, tokens.refreshToken);
    res.json({ accessToken: tokens.accessToken });
  } catch (err) {
    res.status(401).json({ error: 'Invalid refresh token' });
  }
});

router.post('/logout', async (req, res) => {
  res.clearCookie('refresh_token', { path: '/auth/refresh' });
  res.status(204).end();
});

module.exports = router;
