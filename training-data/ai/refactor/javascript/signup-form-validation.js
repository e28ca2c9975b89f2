// signup-form-validation.js
//
// Refactored version of the old signup validation script.
//
// The original code had one global function per field (validateEmail(),
// validatePassword(), ...), each of which read the DOM directly, toggled CSS
// classes and showed alerts. That made it impossible to reuse the rules on the
// server or to test them without a browser.
//
// In this version:
//   1. Validation rules are small pure functions that take a value and return
//      an error message (or null).
//   2. A schema object maps each field to its list of rules.
//   3. validate() runs the schema against a plain object and returns all errors.
//   4. The DOM code is isolated in attachToForm(), which is the only part that
//      touches `document`.

// --- Rule factories --------------------------------------------------------
// Each factory returns a rule: (value, allValues) => string | null

const required = (message = 'This field is required') => (value) =>
  value == null || String(value).trim() === '' ? message : null

const minLength = (n) => (value) =>
  value && value.length < n ? `Must be at least ${n} characters` : null

const maxLength = (n) => (value) =>
  value && value.length > n ? `Must be at most ${n} characters` : null

// Same email pattern the old code used, kept for compatibility
const email = () => (value) =>
  value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? 'Enter a valid email address' : null

// The old validatePassword() checked these three things with nested ifs
const strongPassword = () => (value) => {
  if (!value) return null
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value)) return 'Use both upper and lower case letters'
  if (!/\d/.test(value)) return 'Include at least one number'
  return null
}

// Cross-field rule: compares against another field in the same form
const matchesField = (other, message) => (value, values) =>
  value !== values[other] ? message : null

// --- Schema ----------------------------------------------------------------
// Rules run in order and stop at the first failure for each field.

export const signupSchema = {
  username: [required(), minLength(3), maxLength(20)],
  email: [required(), email()],
  password: [required(), minLength(8), strongPassword()],
  confirmPassword: [required('Please confirm your password'), matchesField('password', 'Passwords do not match')],
}

// --- Core validator (no DOM, works in Node and the browser) ----------------

export function validate(values, schema = signupSchema) {
  const errors = {}
  for (const [field, rules] of Object.entries(schema)) {
    for (const rule of rules) {
      const message = rule(values[field], values)
      if (message) {
        errors[field] = message
        break // only report the first problem per field, like before
      }
    }
  }
  return { valid: Object.keys(errors).length === 0, errors }
}

// --- DOM glue --------------------------------------------------------------
// Replaces the old inline onsubmit="return validateAll()" handler.

export function attachToForm(form, { onValid, schema = signupSchema } = {}) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()

    // Collect current values into a plain object
    const values = Object.fromEntries(new FormData(form))
    const { valid, errors } = validate(values, schema)

    // Show or clear the message next to each field
    for (const field of Object.keys(schema)) {
      const input = form.elements.namedItem(field)
      const hint = form.querySelector(`[data-error-for="${field}"]`)
      if (input) input.setAttribute('aria-invalid', String(Boolean(errors[field])))
      if (hint) hint.textContent = errors[field] || ''
    }

    if (valid && onValid) onValid(values)
  })
}

// --- Example usage (Node) --------------------------------------------------
// node --input-type=module -e "import('./signup-form-validation.js')"
if (typeof window === 'undefined' && typeof process !== 'undefined' && process.env.DEMO) {
  const result = validate({
    username: 'al',
    email: 'al@example',
    password: 'password1',
    confirmPassword: 'password2',
  })
  console.log(result)
  // {
  //   valid: false,
  //   errors: {
  //     username: 'Must be at least 3 characters',
  //     email: 'Enter a valid email address',
  //     password: 'Use both upper and lower case letters',
  //     confirmPassword: 'Passwords do not match'
  //   }
  // }
}
