import { describe, expect, it } from "vitest";
import { commentSegments, mentionedEmails, mentionToken, withMentionNames } from "../mentions";

describe("mentionedEmails", () => {
  it("finds each @address once, lower-cased, in order", () => {
    expect(mentionedEmails("@Dana@Example.com can you check? cc @lee@corp.example.co.uk and @dana@example.com")).toEqual([
      "dana@example.com",
      "lee@corp.example.co.uk",
    ]);
  });

  it("stops before trailing punctuation", () => {
    expect(mentionedEmails("Ask @alex@example.com. Or @sam+legal@example.org, or (@kim@example.net)")).toEqual([
      "alex@example.com",
      "sam+legal@example.org",
      "kim@example.net",
    ]);
  });

  it("does not read a bare address, an @ inside a word or an incomplete token as a mention", () => {
    expect(mentionedEmails("mail alex@example.com, team@@example.com, foo@bar@example.com, @alex, @alex@example, email@ me")).toEqual([]);
  });

  it("finds nothing in a text without tokens", () => {
    expect(mentionedEmails("")).toEqual([]);
    expect(mentionedEmails("The vendor's answer is fine.")).toEqual([]);
  });
});

describe("commentSegments", () => {
  it("cuts the text into runs and tokens that join back to the text (addresses lower-cased)", () => {
    const body = "Hi @Dana@example.com, see §4.";
    expect(commentSegments(body)).toEqual([{ text: "Hi " }, { mention: "dana@example.com" }, { text: ", see §4." }]);
    expect(commentSegments("@a@b.example")).toEqual([{ mention: "a@b.example" }]);
    expect(commentSegments("no tokens")).toEqual([{ text: "no tokens" }]);
  });
});

describe("withMentionNames", () => {
  it("shows known members by name and leaves unknown addresses as written", () => {
    const names: Record<string, string> = { "dana@example.com": "Dana Reyes" };
    expect(withMentionNames("@dana@example.com and @x@y.example: ok?", (e) => names[e])).toBe("@Dana Reyes and @x@y.example: ok?");
  });
});

describe("mentionToken", () => {
  it("is the address after an @, lower-cased, and reads back as that mention", () => {
    expect(mentionToken("CIO@Example.com")).toBe("@cio@example.com");
    expect(mentionedEmails(`ping ${mentionToken("CIO@Example.com")}`)).toEqual(["cio@example.com"]);
  });
});
