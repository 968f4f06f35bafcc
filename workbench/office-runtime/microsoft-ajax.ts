// /microsoft-ajax.js: the part of ASP.NET AJAX (MicrosoftAjax.js) that Microsoft's Office.js runtime
// for Outlook on the web relies on. outlook-web-16.01.js loads the real library from
// ajax.aspnetcdn.com at start-up (`OsfMsAjaxFactory.loadMsAjaxFull`) unless it is already present;
// no package on the npm registry ships it, so the offline workbench provides this subset, written for
// the workbench from the library's documented behaviour. It is loaded before office.js, which then
// finds `Sys`/`Type` in place and fetches nothing. What the runtime uses (counted in
// docs/office-runtime-protocol.md): Function._validateParams/_validateParameter (its argument checks),
// Error.argument/parameterCount and the other Sys.*Exception factories, Type.registerNamespace/
// registerClass, Sys.StringBuilder, Sys.Serialization.JavaScriptSerializer, Sys.Debug.trace and
// Sys.Browser.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */

interface ExpectedParam {
  name: string;
  type?: any;
  mayBeNull?: boolean;
  optional?: boolean;
  integer?: boolean;
  parameterArray?: boolean;
  elementType?: any;
  elementMayBeNull?: boolean;
  elementInteger?: boolean;
  domElement?: boolean;
}

const w = window as any;

/** An Error shaped like MicrosoftAjax's: `name` is the Sys exception type, extra fields attached. */
function createError(message: string, info: Record<string, unknown>): Error {
  const e = new Error(message) as Error & Record<string, unknown>;
  e.message = message;
  for (const [k, v] of Object.entries(info)) e[k] = v;
  return e;
}

function withParam(display: string, paramName?: string): string {
  return paramName ? `${display}\nParameter name: ${paramName}` : display;
}

const errors = {
  argument(paramName?: string, message?: string): Error {
    const display = `Sys.ArgumentException: ${message || "Value does not fall within the expected range."}`;
    return createError(withParam(display, paramName), { name: "Sys.ArgumentException", paramName });
  },
  argumentNull(paramName?: string, message?: string): Error {
    const display = `Sys.ArgumentNullException: ${message || "Value cannot be null."}`;
    return createError(withParam(display, paramName), { name: "Sys.ArgumentNullException", paramName });
  },
  argumentUndefined(paramName?: string, message?: string): Error {
    const display = `Sys.ArgumentUndefinedException: ${message || "Value cannot be undefined."}`;
    return createError(withParam(display, paramName), { name: "Sys.ArgumentUndefinedException", paramName });
  },
  argumentOutOfRange(paramName?: string, actualValue?: unknown, message?: string): Error {
    let display = `Sys.ArgumentOutOfRangeException: ${message || "Specified argument was out of the range of valid values."}`;
    display = withParam(display, paramName);
    if (typeof actualValue === "number" || typeof actualValue === "string")
      display += `\nActual value was ${actualValue}.`;
    return createError(display, { name: "Sys.ArgumentOutOfRangeException", paramName, actualValue });
  },
  argumentType(paramName?: string, actualType?: any, expectedType?: any, message?: string): Error {
    let display = "Sys.ArgumentTypeException: ";
    if (message) display += message;
    else if (actualType && expectedType)
      display += `Object of type '${typeName(actualType)}' cannot be converted to type '${typeName(expectedType)}'.`;
    else display += "Object cannot be converted to the required type.";
    return createError(withParam(display, paramName), {
      name: "Sys.ArgumentTypeException",
      paramName,
      actualType,
      expectedType,
    });
  },
  parameterCount(message?: string): Error {
    return createError(`Sys.ParameterCountException: ${message || "Parameter count mismatch."}`, {
      name: "Sys.ParameterCountException",
    });
  },
  notImplemented(message?: string): Error {
    return createError(
      `Sys.NotImplementedException: ${message || "The method or operation is not implemented."}`,
      {
        name: "Sys.NotImplementedException",
      },
    );
  },
  invalidOperation(message?: string): Error {
    return createError(
      `Sys.InvalidOperationException: ${message || "Operation is not valid due to the current state of the object."}`,
      {
        name: "Sys.InvalidOperationException",
      },
    );
  },
};

function typeName(t: any): string {
  return (t && (t.__typeName || t.name)) || "Object";
}

/** The constructor MicrosoftAjax reports for a value (`Object.getType`). */
function getType(value: any): any {
  const ctor = value?.constructor;
  return !ctor || Object.prototype.toString.call(ctor) !== "[object Function]" ? Object : ctor;
}

function isInstanceOfType(type: any, value: any): boolean {
  if (value === undefined || value === null) return false;
  if (typeof type.isInstanceOfType === "function" && type.isInstanceOfType !== isInstanceOfTypeMethod)
    return Boolean(type.isInstanceOfType(value));
  if (value instanceof type) return true;
  const actual = getType(value);
  if (actual === type) return true;
  for (let base = actual.__baseType; base; base = base.__baseType) if (base === type) return true;
  return false;
}

function isInstanceOfTypeMethod(this: any, value: any): boolean {
  return isInstanceOfType(this, value);
}

function validateParameterType(
  param: any,
  expectedType: any,
  integer: boolean,
  mayBeNull: boolean,
  paramName: string,
): Error | null {
  if (param === undefined) return mayBeNull ? null : errors.argumentUndefined(paramName);
  if (param === null) return mayBeNull ? null : errors.argumentNull(paramName);
  if (expectedType && !isInstanceOfType(expectedType, param))
    return errors.argumentType(paramName, getType(param), expectedType);
  if (expectedType === Number && integer && param % 1 !== 0)
    return errors.argumentOutOfRange(paramName, param, "Value must be an integer.");
  return null;
}

function validateParameter(param: any, expected: ExpectedParam, paramName: string): Error | null {
  const e = validateParameterType(param, expected.type, !!expected.integer, !!expected.mayBeNull, paramName);
  if (e) return e;
  if (expected.type === Array && Array.isArray(param) && expected.elementType !== undefined) {
    for (let i = 0; i < param.length; i++) {
      const inner = validateParameterType(
        param[i],
        expected.elementType,
        !!expected.elementInteger,
        !!expected.elementMayBeNull,
        `${paramName}[${i}]`,
      );
      if (inner) return inner;
    }
  }
  return null;
}

function validateParameterCount(
  params: ArrayLike<unknown>,
  expected: ExpectedParam[],
  check: boolean,
): Error | null {
  const actual = params.length;
  let min = 0;
  let unbounded = false;
  for (const p of expected) {
    if (p.parameterArray) unbounded = true;
    else if (!p.optional) min++;
  }
  if (actual < min || (check && !unbounded && actual > expected.length)) return errors.parameterCount();
  return null;
}

/** `Function._validateParams(arguments, expected, validateParameterCount = true)`: an Error or null. */
function validateParams(
  params: ArrayLike<unknown>,
  expected: ExpectedParam[],
  validateCount?: boolean,
): Error | null {
  const check = validateCount !== false;
  const countError = validateParameterCount(params, expected, check);
  if (countError) return countError;
  const n = expected.length;
  for (let i = 0; i < params.length; i++) {
    const p = expected[Math.min(i, n - 1)];
    if (!p) break;
    let name = p.name;
    if (p.parameterArray) name += `[${i - n + 1}]`;
    else if (!check && i >= n) break;
    const e = validateParameter(params[i], p, name);
    if (e) return e;
  }
  return null;
}

class StringBuilder {
  private parts: string[] = [];
  constructor(initialText?: string) {
    if (initialText !== undefined && initialText !== null && initialText !== "")
      this.parts.push(String(initialText));
  }
  append(text: unknown): void {
    if (text !== undefined && text !== null)
      this.parts.push(typeof text === "string" ? text : JSON.stringify(text));
  }
  appendLine(text?: unknown): void {
    this.append(text);
    this.parts.push("\r\n");
  }
  clear(): void {
    this.parts = [];
  }
  isEmpty(): boolean {
    return this.parts.every((p) => p === "");
  }
  toString(separator?: string): string {
    return this.parts.join(separator ?? "");
  }
}

function registerNamespace(name: string): void {
  let root = w;
  for (const part of name.split(".")) {
    root[part] ??= {};
    root = root[part];
  }
}

function install(): void {
  if (w.Sys && w.Type && w.Sys.StringBuilder) return;
  const Type = Function as any;
  w.Type = Type;
  Type.registerNamespace = registerNamespace;
  Type.prototype.registerClass = function (this: any, typeName: string, baseType?: any) {
    this.__typeName = typeName;
    this.__class = true;
    if (baseType) this.__baseType = baseType;
    return this;
  };
  Type.prototype.inheritsFrom = function (this: any, parent: any) {
    for (let base = this.__baseType; base; base = base.__baseType) if (base === parent) return true;
    return false;
  };
  Type.prototype.isInstanceOfType = isInstanceOfTypeMethod;
  Type.prototype.getName = function (this: any) {
    return typeName(this);
  };
  Type._validateParams = validateParams;
  Type._validateParameter = validateParameter;
  (Object as any).getType = getType;
  Object.assign(Error, errors);
  registerNamespace("Sys");
  w.Sys.StringBuilder = StringBuilder;
  w.Sys.Browser = {
    InternetExplorer: {},
    Firefox: {},
    Safari: {},
    Opera: {},
    agent: null,
    name: navigator.userAgent,
  };
  w.Sys.Debug = {
    isDebug: false,
    trace() {},
    traceDump() {},
    assert() {},
    fail(message: string) {
      console.error(message);
    },
    clearTrace() {},
  };
  w.Sys.Serialization = {
    JavaScriptSerializer: {
      serialize: (value: unknown) => JSON.stringify(value),
      deserialize: (data: string) => JSON.parse(data),
    },
  };
  w.Sys.__upperCaseTypes = {};
}

install();

export {};
