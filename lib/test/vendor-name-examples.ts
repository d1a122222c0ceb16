// Names and their exact keys (lib/domain/vendor-names.ts normalizeVendorName). The unit test holds the
// TypeScript rule to them, the vendors integration test the SQL one (dp_vendor_name_key).
export const VENDOR_KEY_EXAMPLES: [string, string][] = [
  ["Acme AI", "acme ai"],
  ["  ACME   AI ", "acme ai"],
  ["Acme-AI", "acme ai"],
  ["acme.ai", "acme ai"],
  ["Acme\tAI\n", "acme ai"],
  ["Acme AI, Inc.", "acme ai inc"],
  ["O'Brien & Sons (UK)", "o brien sons uk"],
  ["Société Générale", "société générale"],
  ["ÉCOLE AI", "École ai"],
  ["...", ""],
  ["R2-D2 Robotics", "r2 d2 robotics"],
];
