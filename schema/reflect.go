// Package schema makes JSON Schemas from Go types and validates JSON text
// against them. It is the one place where qwenkit decides what a Go type's
// schema looks like, so structured output (sdk.Extract), typed tools and the
// agent's typed final answer all constrain and check the same shape.
//
// The schemas are JSON Schema draft 2020-12, written without "$schema" and
// "$id" (they go into prompts and grammars, where those are noise), and
// self-contained: every named type is written in place, except a recursive
// type, which stays in "$defs" and is reached through "$ref".
package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
)

// For returns the JSON Schema of T. See Reflect for the rules.
func For[T any]() (json.RawMessage, error) {
	return ReflectType(reflect.TypeFor[T]())
}

// Reflect returns the JSON Schema of v's dynamic type. See ReflectType.
func Reflect(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, fmt.Errorf("schema: reflect: nil value has no type")
	}
	return ReflectType(reflect.TypeOf(v))
}

// ReflectType returns the JSON Schema of t as compact JSON. It costs one walk
// over the type's fields; the result does not change for a type, so callers
// that need it often should keep it.
//
// The rules, pinned here for the whole project:
//   - A struct is an object with "additionalProperties": false. Its
//     properties are its exported fields, named by their json tags; a field
//     tagged json:"-" or jsonschema:"-" is left out; embedded structs are
//     flattened as encoding/json does.
//   - A field is required unless its json tag says omitempty or omitzero
//     (those mean optional). jsonschema:"required" makes any field required.
//   - A pointer has its element's schema (null is not allowed unless the
//     field says jsonschema:"nullable"); optional pointers need omitempty.
//   - Slices and arrays are arrays with "items" (an array's length is fixed
//     by minItems/maxItems); []byte is a base64 string; map[string]V is an
//     object whose "additionalProperties" is V's schema; an interface (any)
//     allows any value.
//   - Integers and float32 carry their Go type's range as "minimum" and
//     "maximum" (a minimum or maximum tag narrows it), so a value that
//     passes the schema always decodes: 2^70 is no int64.
//   - time.Time is a string with "format": "date-time"; url.URL, "uri".
//   - Tags: jsonschema:"description=...,enum=a,enum=b,minimum=1,maximum=9,
//     minLength=1,maxLength=20,pattern=^[a-z]+$,format=email,minItems=1,
//     maxItems=3,default=...,title=..." (a comma inside a value is written
//     \\, inside the backquoted struct tag, since the tag is a Go quoted
//     string), and jsonschema_description:"..." for a description with
//     commas.
//
// Types that JSON cannot carry (chan, func, complex) are an error.
func ReflectType(t reflect.Type) (raw json.RawMessage, err error) {
	if t == nil {
		return nil, fmt.Errorf("schema: reflect: nil type")
	}
	defer func() {
		if r := recover(); r != nil {
			raw, err = nil, fmt.Errorf("schema: reflect %s: %v", t, r)
		}
	}()
	r := &jsonschema.Reflector{
		Anonymous:                 true, // no "$id"
		AllowAdditionalProperties: false,
		// References are kept while reflecting (the reflector would recurse
		// forever on a recursive type without them) and inlined afterwards.
		DoNotReference: false,
	}
	// Definitions are named by package path and name, so two types called
	// Item in different packages never share one; the names that survive
	// inlining are shortened afterwards where that stays unambiguous.
	short := map[string]string{}
	r.Namer = func(t reflect.Type) string {
		if t.Name() == "" {
			return ""
		}
		q := sanitize(t.PkgPath() + "." + t.Name())
		short[q] = sanitize(t.Name())
		return q
	}
	r.Mapper = numberBounds
	s := r.ReflectFromType(t)
	s = selfContained(s, short)
	s.Version = "" // no "$schema": draft 2020-12 is implied everywhere
	out, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("schema: reflect %s: %w", t, err)
	}
	return ordered(out)
}

// numberBounds gives Go's integer types and float32 their ranges. (float64
// needs none: JSON numbers beyond it are rare, and its bounds would make
// every number's grammar longer.)
func numberBounds(t reflect.Type) *jsonschema.Schema {
	var lo, hi string
	switch t.Kind() {
	case reflect.Int, reflect.Int64:
		lo, hi = strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(math.MaxInt64, 10)
	case reflect.Int32:
		lo, hi = strconv.Itoa(math.MinInt32), strconv.Itoa(math.MaxInt32)
	case reflect.Int16:
		lo, hi = strconv.Itoa(math.MinInt16), strconv.Itoa(math.MaxInt16)
	case reflect.Int8:
		lo, hi = strconv.Itoa(math.MinInt8), strconv.Itoa(math.MaxInt8)
	case reflect.Uint, reflect.Uint64, reflect.Uintptr:
		lo, hi = "0", strconv.FormatUint(math.MaxUint64, 10)
	case reflect.Uint32:
		lo, hi = "0", strconv.FormatUint(math.MaxUint32, 10)
	case reflect.Uint16:
		lo, hi = "0", strconv.Itoa(math.MaxUint16)
	case reflect.Uint8:
		lo, hi = "0", strconv.Itoa(math.MaxUint8)
	case reflect.Float32:
		return &jsonschema.Schema{Type: "number", Minimum: "-3.4028234663852886e+38", Maximum: "3.4028234663852886e+38"}
	default:
		return nil
	}
	return &jsonschema.Schema{Type: "integer", Minimum: json.Number(lo), Maximum: json.Number(hi)}
}

// sanitize keeps a definition name usable inside a JSON pointer.
func sanitize(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '.', r == '-':
			return r
		}
		return '_'
	}, name)
}
