import { describe, expect, it } from "vitest";
import { messageTypeName, parseMessageType } from "../src/message-types.js";

describe("parseMessageType", () => {
  it("defaults to text", () => {
    expect(parseMessageType(undefined)).toBe(0);
  });

  it("maps every name to the API's number", () => {
    const names = ["text", "image", "audio", "video", "location", "file", "tip", "custom"];
    expect(names.map(parseMessageType)).toEqual([0, 1, 2, 3, 4, 6, 10, 100]);
  });

  it("takes the number itself, leaving its range to the spec", () => {
    expect(parseMessageType("100")).toBe(100);
    expect(parseMessageType("7")).toBe(7);
  });

  it("refuses an unknown name and lists the known ones", () => {
    expect(() => parseMessageType("picture")).toThrow(
      '--type must be one of text, image, audio, video, location, file, tip, custom (or its number), got "picture"',
    );
  });
});

describe("messageTypeName", () => {
  it("names known numbers and describes unknown ones", () => {
    expect(messageTypeName(1)).toBe("image");
    expect(messageTypeName(7)).toBe("type 7");
  });
});
