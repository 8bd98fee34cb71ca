package schema

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

type unit string

type location struct {
	City string   `json:"city" jsonschema:"description=City name\\, e.g. Paris"`
	Lat  *float64 `json:"lat,omitempty"`
}

type forecastArgs struct {
	Where   location          `json:"where" jsonschema:"description=where to look"`
	Also    []location        `json:"also,omitempty" jsonschema:"maxItems=3"`
	Unit    unit              `json:"unit" jsonschema:"enum=celsius,enum=fahrenheit"`
	Days    int               `json:"days" jsonschema:"minimum=1,maximum=10"`
	When    time.Time         `json:"when"`
	Counts  map[string]int    `json:"counts"`
	Extra   any               `json:"extra"`
	Blob    []byte            `json:"blob,omitzero"`
	Note    *string           `json:"note" jsonschema:"nullable"`
	Secret  string            `json:"-"`
	private int               //nolint:unused // unexported: never in the schema
	Labels  map[string]string `json:"labels,omitempty" jsonschema_description:"free labels, any keys"`
	embedded
}

type embedded struct {
	Source string `json:"source"`
}

type tree struct {
	Value    int     `json:"value"`
	Children []*tree `json:"children,omitempty"`
}

// obj decodes a schema and follows a path of keys through it.
func obj(t *testing.T, raw json.RawMessage, path ...string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("schema is not JSON: %v\n%s", err, raw)
	}
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: at %q: not an object in %s", strings.Join(path, "/"), k, raw)
		}
		if v, ok = m[k]; !ok {
			t.Fatalf("%s: no key %q in %s", strings.Join(path, "/"), k, raw)
		}
	}
	return v
}

func TestForStruct(t *testing.T) {
	raw, err := For[forecastArgs]()
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, noise := range []string{"$schema", "$id", "$ref", "$defs"} {
		if strings.Contains(s, noise) {
			t.Errorf("schema has %s: %s", noise, s)
		}
	}
	checks := []struct {
		path []string
		want any
	}{
		{[]string{"type"}, "object"},
		{[]string{"additionalProperties"}, false},
		{[]string{"required"}, []any{"where", "unit", "days", "when", "counts", "extra", "note", "source"}},
		{[]string{"properties", "where", "type"}, "object"},
		{[]string{"properties", "where", "description"}, "where to look"},
		{[]string{"properties", "where", "additionalProperties"}, false},
		{[]string{"properties", "where", "required"}, []any{"city"}},
		{[]string{"properties", "where", "properties", "city"}, map[string]any{"type": "string", "description": "City name, e.g. Paris"}},
		{[]string{"properties", "where", "properties", "lat"}, map[string]any{"type": "number"}},
		{[]string{"properties", "also", "type"}, "array"},
		{[]string{"properties", "also", "maxItems"}, 3.0},
		{[]string{"properties", "also", "items", "required"}, []any{"city"}},
		{[]string{"properties", "unit"}, map[string]any{"type": "string", "enum": []any{"celsius", "fahrenheit"}}},
		{[]string{"properties", "days"}, map[string]any{"type": "integer", "minimum": 1.0, "maximum": 10.0}},
		{[]string{"properties", "when"}, map[string]any{"type": "string", "format": "date-time"}},
		{[]string{"properties", "counts"}, map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "integer", "minimum": -9223372036854775808.0, "maximum": 9223372036854775807.0}}},
		{[]string{"properties", "extra"}, true},
		{[]string{"properties", "blob"}, map[string]any{"type": "string", "contentEncoding": "base64"}},
		{[]string{"properties", "note", "oneOf"}, []any{map[string]any{"type": "string"}, map[string]any{"type": "null"}}},
		{[]string{"properties", "labels", "description"}, "free labels, any keys"},
		{[]string{"properties", "source"}, map[string]any{"type": "string"}},
	}
	for _, c := range checks {
		if got := obj(t, raw, c.path...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s = %#v, want %#v", strings.Join(c.path, "/"), got, c.want)
		}
	}
	props := obj(t, raw, "properties").(map[string]any)
	for _, absent := range []string{"Secret", "private", "-", "embedded"} {
		if _, ok := props[absent]; ok {
			t.Errorf("property %q should not be in the schema", absent)
		}
	}
	// Property order follows the struct's fields (the grammar writes them in
	// this order).
	order := []string{`"where"`, `"also"`, `"unit"`, `"days"`, `"when"`, `"counts"`}
	last := -1
	for _, k := range order {
		i := strings.Index(s, k)
		if i <= last {
			t.Fatalf("properties out of field order: %s", s)
		}
		last = i
	}
}

func TestForRecursiveKeepsDefs(t *testing.T) {
	raw, err := For[tree]()
	if err != nil {
		t.Fatal(err)
	}
	if got := obj(t, raw, "type"); got != "object" {
		t.Fatalf("recursive root not written in place: %s", raw)
	}
	if got := obj(t, raw, "properties", "children", "items", "$ref"); got != "#/$defs/tree" {
		t.Fatalf("children items = %v in %s", got, raw)
	}
	if got := obj(t, raw, "$defs", "tree", "properties", "children", "items", "$ref"); got != "#/$defs/tree" {
		t.Fatalf("definition's self reference = %v", got)
	}
	v, err := Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Validate([]byte(`{"value":1,"children":[{"value":2,"children":[{"value":3}]}]}`)); err != nil {
		t.Fatalf("valid tree rejected: %v", err)
	}
	err = v.Validate([]byte(`{"value":1,"children":[{"value":2,"children":[{"value":"x"}]}]}`))
	if err == nil || !strings.Contains(err.Error(), "/children/0/children/0/value") {
		t.Fatalf("deep violation not located: %v", err)
	}
}

func TestForOtherShapes(t *testing.T) {
	raw, err := For[[]location]()
	if err != nil {
		t.Fatal(err)
	}
	if obj(t, raw, "type") != "array" || obj(t, raw, "items", "type") != "object" || obj(t, raw, "items", "additionalProperties") != false {
		t.Fatalf("slice of structs: %s", raw)
	}
	raw, err = For[struct{}]()
	if err != nil {
		t.Fatal(err)
	}
	if obj(t, raw, "type") != "object" || obj(t, raw, "additionalProperties") != false || len(obj(t, raw, "properties").(map[string]any)) != 0 {
		t.Fatalf("empty struct: %s", raw)
	}
	raw, err = For[*[4]int]()
	if err != nil {
		t.Fatal(err)
	}
	if obj(t, raw, "minItems") != 4.0 || obj(t, raw, "maxItems") != 4.0 || obj(t, raw, "items", "type") != "integer" {
		t.Fatalf("pointer to array: %s", raw)
	}
	if raw, err = Reflect(location{}); err != nil || obj(t, raw, "required").([]any)[0] != "city" {
		t.Fatalf("Reflect(value): %s, %v", raw, err)
	}
}

func TestForUnsupportedIsAnError(t *testing.T) {
	type bad struct {
		C chan int `json:"c"`
	}
	if _, err := For[bad](); err == nil || !strings.Contains(err.Error(), "chan int") {
		t.Fatalf("chan field: err = %v", err)
	}
	if _, err := For[func()](); err == nil {
		t.Fatal("func type accepted")
	}
	if _, err := Reflect(nil); err == nil {
		t.Fatal("nil accepted")
	}
}

func TestKeywordOrder(t *testing.T) {
	type args struct {
		City string `json:"city" jsonschema:"description=the city,enum=Paris,enum=Lyon"`
		Days int    `json:"days,omitempty" jsonschema:"default=3"`
	}
	raw, err := For[args]()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"object","properties":{"city":{"type":"string","enum":["Paris","Lyon"],"description":"the city"},"days":{"type":"integer","minimum":-9223372036854775808,"maximum":9223372036854775807,"default":3}},"required":["city"],"additionalProperties":false}`
	if string(raw) != want {
		t.Fatalf("got  %s\nwant %s", raw, want)
	}
	// Data inside a schema (here a default object) keeps its own key order.
	out, err := ordered([]byte(`{"default":{"type":1,"a":2},"properties":{"z":{"items":{"type":"string"},"type":"array"},"a":true},"type":"object"}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type":"object","properties":{"z":{"type":"array","items":{"type":"string"}},"a":true},"default":{"type":1,"a":2}}`; string(out) != want {
		t.Fatalf("got  %s\nwant %s", out, want)
	}
}

func TestIntegerRanges(t *testing.T) {
	type nums struct {
		I8  int8    `json:"i8"`
		U8  uint8   `json:"u8"`
		I32 int32   `json:"i32"`
		U   uint    `json:"u"`
		F32 float32 `json:"f32"`
		F64 float64 `json:"f64"`
		Pos int     `json:"pos" jsonschema:"minimum=1"`
	}
	raw, err := For[nums]()
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, want := range []string{
		`"i8":{"type":"integer","minimum":-128,"maximum":127}`,
		`"u8":{"type":"integer","minimum":0,"maximum":255}`,
		`"i32":{"type":"integer","minimum":-2147483648,"maximum":2147483647}`,
		`"u":{"type":"integer","minimum":0,"maximum":18446744073709551615}`,
		`"f32":{"type":"number","minimum":-3.4028234663852886e+38,"maximum":3.4028234663852886e+38}`,
		`"f64":{"type":"number"}`,
		`"pos":{"type":"integer","minimum":1,"maximum":9223372036854775807}`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("schema lacks %s:\n%s", want, s)
		}
	}
	// What passes the schema decodes.
	v, err := Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode[nums]([]byte(`{"i8":128,"u8":0,"i32":0,"u":0,"f32":0,"f64":0,"pos":1}`), v); err == nil || !strings.Contains(err.Error(), "/i8") {
		t.Fatalf("int8 overflow: %v", err)
	}
	if _, err := Decode[nums]([]byte(`{"i8":-128,"u8":255,"i32":-2147483648,"u":18446744073709551615,"f32":3e38,"f64":1e300,"pos":9223372036854775807}`), v); err != nil {
		t.Fatalf("extremes: %v", err)
	}
}
