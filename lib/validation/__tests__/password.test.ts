import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZChangePassword, ZForgotPassword, ZResetPassword } from "@/lib/validation/password";

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("the password rule", () => {
  const change = (newPassword: string, confirmPassword = newPassword) =>
    ZChangePassword.safeParse({ currentPassword: "anything", newPassword, confirmPassword });

  it(`takes ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, kept exactly as typed`, () => {
    expect(change("x".repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
    expect(change("x".repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(change("x".repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
    expect(change("x".repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
    expect(change("  spaced out words  ").data?.newPassword).toBe("  spaced out words  ");
  });

  it("refuses only spaces and characters that cannot be hashed as text", () => {
    expect(fieldsOf(change(" ".repeat(20)))).toEqual(["newPassword"]);
    expect(fieldsOf(change("long password\u0000"))).toEqual(["newPassword"]);
    expect(fieldsOf(change("long password \uD800"))).toEqual(["newPassword"]);
  });

  it("reports one field: a bad new password on its own, a repetition only when it differs", () => {
    expect(fieldsOf(change("short"))).toEqual(["newPassword"]);
    expect(fieldsOf(change("a long enough password", "a long enough passwort"))).toEqual(["confirmPassword"]);
    expect(ZChangePassword.safeParse({ currentPassword: "x", newPassword: "a long enough password", confirmPassword: "" }).error?.issues[0].message).toBe(
      "Repeat the new password",
    );
  });

  it("takes a reset link's token only in the shape links have", () => {
    const input = (token: string) => ({ token, newPassword: "a long enough password", confirmPassword: "a long enough password" });
    expect(ZResetPassword.safeParse(input("A".repeat(43))).success).toBe(true);
    expect(fieldsOf(ZResetPassword.safeParse(input("A".repeat(42))))).toEqual(["token"]);
    expect(fieldsOf(ZResetPassword.safeParse(input("A".repeat(42) + "=")))).toEqual(["token"]);
  });
});

describe("the forgot-password email", () => {
  it("is trimmed and lower-cased, and must be one address", () => {
    expect(ZForgotPassword.parse({ email: "  Someone@Example.COM " })).toEqual({ email: "someone@example.com" });
    for (const email of ["", "someone", "a@b", "a@example.com b@example.com", `${"x".repeat(310)}@example.com`]) {
      expect(ZForgotPassword.safeParse({ email }).success, email).toBe(false);
    }
  });
});
