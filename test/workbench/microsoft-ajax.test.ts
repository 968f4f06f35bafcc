/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The ASP.NET AJAX subset the workbench loads before Microsoft's Office.js runtime: the runtime's
// argument checks (Function._validateParams) must accept and refuse what MicrosoftAjax.js does.
import "../../workbench/office-runtime/microsoft-ajax";

interface Expected {
  name: string;
  type?: unknown;
  mayBeNull?: boolean;
  optional?: boolean;
  integer?: boolean;
  parameterArray?: boolean;
  elementType?: unknown;
}
type Validate = (params: ArrayLike<unknown>, expected: Expected[], validateCount?: boolean) => Error | null;
const validate = (Function as unknown as { _validateParams: Validate })._validateParams;

const args = (...a: unknown[]) => a;

test("the runtime's check for MicrosoftAjax finds everything it needs", () => {
  const w = window as unknown as {
    Sys: { StringBuilder: unknown; Serialization: { JavaScriptSerializer: { serialize: unknown } } };
    Type: { registerNamespace: unknown; registerClass: unknown };
  };
  expect(typeof w.Sys.StringBuilder).toBe("function");
  expect(typeof w.Type.registerNamespace).toBe("function");
  expect(typeof w.Type.registerClass).toBe("function");
  expect(typeof validate).toBe("function");
  expect(typeof w.Sys.Serialization.JavaScriptSerializer.serialize).toBe("function");
});

test("valid arguments pass, optional ones may be left out", () => {
  const expected: Expected[] = [
    { name: "targetMethodName", type: String, mayBeNull: false },
    { name: "callback", type: Function, mayBeNull: true },
    { name: "param", mayBeNull: true, optional: true },
  ];
  expect(
    validate(
      args("GetInitialData", () => undefined, { a: 1 }),
      expected,
    ),
  ).toBeNull();
  expect(validate(args("GetInitialData", null), expected)).toBeNull();
});

test("a missing required argument or one too many is a parameter-count error", () => {
  const expected: Expected[] = [
    { name: "a", type: String },
    { name: "b", optional: true, mayBeNull: true },
  ];
  expect(validate(args(), expected)?.name).toBe("Sys.ParameterCountException");
  expect(validate(args("x", 1, 2), expected)?.name).toBe("Sys.ParameterCountException");
  expect(validate(args("x", 1, 2), expected, false)).toBeNull();
});

test("null, undefined and wrong types are refused with the parameter's name", () => {
  const expected: Expected[] = [{ name: "messageType", type: Number, mayBeNull: false }];
  const nullError = validate(args(null), expected) as Error & { paramName?: string };
  expect(nullError.name).toBe("Sys.ArgumentNullException");
  expect(nullError.paramName).toBe("messageType");
  expect(validate(args(undefined), expected)?.name).toBe("Sys.ArgumentUndefinedException");
  const typeError = validate(args("1"), expected);
  expect(typeError?.name).toBe("Sys.ArgumentTypeException");
  expect(typeError?.message).toContain("Object of type 'String' cannot be converted to type 'Number'");
});

test("integers, arrays of a type and parameter arrays are checked element by element", () => {
  expect(validate(args(1.5), [{ name: "n", type: Number, integer: true }])?.name).toBe(
    "Sys.ArgumentOutOfRangeException",
  );
  expect(validate(args([1, "2"]), [{ name: "list", type: Array, elementType: Number }])?.message).toContain(
    "list[1]",
  );
  expect(
    validate(args("a", "b", 3), [{ name: "rest", type: String, parameterArray: true }])?.message,
  ).toContain("rest[2]");
});

test("Error factories and helpers behave as the runtime expects", () => {
  const E = Error as unknown as {
    argument(p: string, m: string): Error & { paramName: string };
    parameterCount(): Error;
  };
  const e = E.argument("type", "Bad type.");
  expect([e.name, e.paramName]).toEqual(["Sys.ArgumentException", "type"]);
  expect(e.message).toBe("Sys.ArgumentException: Bad type.\nParameter name: type");
  expect(E.parameterCount().name).toBe("Sys.ParameterCountException");
  const w = window as unknown as {
    Type: { registerNamespace(n: string): void };
    Sys: { StringBuilder: new () => { append(s: unknown): void; toString(): string; isEmpty(): boolean } };
    Microsoft?: { Office?: { WebExtension?: unknown } };
  };
  w.Type.registerNamespace("Microsoft.Office.WebExtension");
  expect(typeof w.Microsoft?.Office?.WebExtension).toBe("object");
  const sb = new w.Sys.StringBuilder();
  expect(sb.isEmpty()).toBe(true);
  sb.append("a");
  sb.append(null);
  sb.append("b");
  expect(sb.toString()).toBe("ab");
});
