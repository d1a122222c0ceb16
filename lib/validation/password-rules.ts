// The one definition of what a password may be, without zod or Node modules so forms can show it:
// new passwords (change, reset, accepting an invitation) are checked against it
// (lib/validation/password.ts), and sign-in refuses anything longer than the maximum before hashing.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_RULE_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`;
