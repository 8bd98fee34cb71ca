package chatml

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// The expected strings are what CPython 3.11 prints for
// json.dumps(json.loads(in), ensure_ascii=False).
func TestPyJSON(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"b":1,"a":[true,false,null]}`, `{"b": 1, "a": [true, false, null]}`},
		{`{"a":1,"b":2,"a":3}`, `{"a": 3, "b": 2}`},
		{`[1.0, 1.50, 1e5, 1E+16, 1e15, 0.0001, 0.00001, -0, -0.0, 1e400, -1e400, 1e-400, 123456789012345678901234567890]`,
			`[1.0, 1.5, 100000.0, 1e+16, 1000000000000000.0, 0.0001, 1e-05, 0, -0.0, Infinity, -Infinity, 0.0, 123456789012345678901234567890]`},
		{`[0.1, 2.5e-7, 1.7976931348623157e308, 12345678901234567.0, 1999.0]`, `[0.1, 2.5e-07, 1.7976931348623157e+308, 1.2345678901234568e+16, 1999.0]`},
		{`"a\"b\\c\/d\n\t\r\b\f\u0001\u001f\u007f\u2028é\u00e9😀<>&'"`, "\"a\\\"b\\\\c/d\\n\\t\\r\\b\\f\\u0001\\u001f\u007f\u2028éé😀<>&'\""},
		{` { } `, `{}`},
		{`[]`, `[]`},
		{`{"":{"x":[{}]}}`, `{"": {"x": [{}]}}`},
	} {
		var b strings.Builder
		if err := pyJSON(&b, []byte(c.in)); err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if b.String() != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.in, b.String(), c.want)
		}
	}
	for _, bad := range []string{``, `{`, `{"a":}`, `[1,]`, `1 2`, `{"a":1}x`, `nul`} {
		var b strings.Builder
		if err := pyJSON(&b, []byte(bad)); err == nil {
			t.Errorf("%q accepted, gave %s", bad, b.String())
		}
	}
}

// The re-serialised JSON means the same as the input: valid JSON that
// decodes to an equal value (numbers compared as float64).
func FuzzPyJSON(f *testing.F) {
	f.Add(`{"a": [1, 2.50, "x\u00e9\n"], "b": {"c": null, "d": true}}`)
	f.Add(`[1e5, -0.0, 1E-7, "\ud83d\ude00", "\u2028"]`)
	f.Fuzz(func(t *testing.T, in string) {
		if !json.Valid([]byte(in)) {
			return
		}
		var b strings.Builder
		if err := pyJSON(&b, []byte(in)); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		out := b.String()
		var v1, v2 any
		if err := json.Unmarshal([]byte(in), &v1); err != nil {
			return // numbers out of float64 range: Python prints Infinity, not JSON
		}
		if err := json.Unmarshal([]byte(out), &v2); err != nil {
			t.Fatalf("%q gave invalid JSON %q: %v", in, out, err)
		}
		if !reflect.DeepEqual(v1, v2) {
			t.Fatalf("%q gave %q: %v vs %v", in, out, v1, v2)
		}
	})
}
