package schema

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestValidateNamesPointers(t *testing.T) {
	raw, err := For[forecastArgs]()
	if err != nil {
		t.Fatal(err)
	}
	v, err := Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	good := `{"where":{"city":"Paris"},"unit":"celsius","days":3,"when":"2026-11-28T10:00:00Z",
		"counts":{"a":1},"extra":[1,"x"],"note":null,"source":"test"}`
	if err := v.Validate([]byte(good)); err != nil {
		t.Fatalf("valid document rejected: %v", err)
	}
	cases := []struct {
		doc, pointer, keyword string
	}{
		{strings.Replace(good, `"Paris"`, `42`, 1), "/where/city", "type"},
		{strings.Replace(good, `"celsius"`, `"kelvin"`, 1), "/unit", "enum"},
		{strings.Replace(good, `"days":3`, `"days":0`, 1), "/days", "minimum"},
		{strings.Replace(good, `"days":3`, `"days":2.5`, 1), "/days", "type"},
		{strings.Replace(good, `"2026-11-28T10:00:00Z"`, `"tomorrow"`, 1), "/when", "format"},
		{strings.Replace(good, `"a":1`, `"a":"one"`, 1), "/counts/a", "type"},
		{strings.Replace(good, `"source":"test"`, `"source":"test","bogus":1`, 1), "", "additionalProperties"},
		{strings.Replace(good, `"days":3,`, ``, 1), "", "required"},
		{strings.Replace(good, `"counts":{"a":1},`, `"counts":{"a":1},"blob":"%%%",`, 1), "/blob", "contentEncoding"},
	}
	for _, c := range cases {
		err := v.Validate([]byte(c.doc))
		var ve *ValidationError
		if !errors.As(err, &ve) {
			t.Errorf("%s: got %v, want a ValidationError", c.pointer+" "+c.keyword, err)
			continue
		}
		found := false
		for _, viol := range ve.Violations {
			if viol.Pointer == c.pointer && viol.Keyword == c.keyword {
				found = true
			}
		}
		if !found {
			t.Errorf("want a %q violation at %q, got %+v", c.keyword, c.pointer, ve.Violations)
		}
		want := c.pointer
		if want == "" {
			want = "(root)"
		}
		if !strings.HasPrefix(err.Error(), want+": ") && !strings.Contains(err.Error(), "; "+want+": ") {
			t.Errorf("message %q does not name %s", err.Error(), want)
		}
	}
}

func TestValidateSyntax(t *testing.T) {
	v, err := Compile([]byte(`{"type":"object"}`))
	if err != nil {
		t.Fatal(err)
	}
	for doc, want := range map[string]string{
		`{"a":1`:      "offset 6",
		`{"a":1} {}`:  "text after the value",
		`{"a":1}x`:    "offset",
		``:            "unexpected end of input",
		`{"a":tru}`:   "offset",
		"{\"a\":1}\n": "",
	} {
		err := v.Validate([]byte(doc))
		if want == "" {
			if err != nil {
				t.Errorf("%q: %v", doc, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want it to mention %q", doc, err, want)
		}
	}
}

func TestCompileRefusesOutsideRefs(t *testing.T) {
	if _, err := Compile([]byte(`{"$ref":"file:///etc/passwd"}`)); err == nil {
		t.Fatal("schema with a file $ref compiled")
	}
	if _, err := Compile([]byte(`{"type": 12}`)); err == nil {
		t.Fatal("invalid schema compiled")
	}
	if _, err := Compile([]byte(`{"type":`)); err == nil {
		t.Fatal("truncated schema compiled")
	}
}

func TestValidationErrorIsBounded(t *testing.T) {
	v, err := Compile([]byte(`{"type":"array","items":{"type":"string"}}`))
	if err != nil {
		t.Fatal(err)
	}
	err = v.Validate([]byte(`[1,2,3,4,5,6,7,8]`))
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Violations) != 8 {
		t.Fatalf("got %v", err)
	}
	if !strings.HasSuffix(err.Error(), "and 3 more") || strings.Count(err.Error(), "expected string") != 5 {
		t.Fatalf("message not bounded: %s", err)
	}
}

func TestDecode(t *testing.T) {
	type event struct {
		Name string    `json:"name"`
		At   time.Time `json:"at"`
		Tags []string  `json:"tags,omitempty"`
	}
	e, err := Decode[event]([]byte(`{"name":"launch","at":"2026-01-02T03:04:05Z","tags":["a"]}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "launch" || e.At.Year() != 2026 || len(e.Tags) != 1 {
		t.Fatalf("decoded %+v", e)
	}
	raw, _ := For[event]()
	v, err := Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode[event]([]byte(`{"name":"x","at":"2026-01-02T03:04:05Z","extra":1}`), v); err == nil || !strings.Contains(err.Error(), "extra") {
		t.Fatalf("unknown property decoded: %v", err)
	}
	if _, err := Decode[event]([]byte(`{"at":"2026-01-02T03:04:05Z"}`), v); err == nil || !strings.Contains(err.Error(), "name") {
		t.Fatalf("missing required property decoded: %v", err)
	}
	if string(v.Schema()) != string(raw) {
		t.Fatal("Schema() is not the compiled text")
	}
}

func TestMarshalledValueMatchesItsSchema(t *testing.T) {
	lat := 48.85
	value := forecastArgs{
		Where:  location{City: "Paris", Lat: &lat},
		Also:   []location{{City: "Lyon"}},
		Unit:   "celsius",
		Days:   2,
		When:   time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC),
		Counts: map[string]int{"x": 1},
		Blob:   []byte{1, 2, 3},
		Labels: map[string]string{"k": "v"},
	}
	text, err := json.Marshal(value)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode[forecastArgs](text, nil)
	if err != nil {
		t.Fatalf("a marshalled value fails its own schema: %v\n%s", err, text)
	}
	if back.Where.City != "Paris" || *back.Where.Lat != lat || string(back.Blob) != "\x01\x02\x03" || !back.When.Equal(value.When) {
		t.Fatalf("round trip changed the value: %+v", back)
	}
}
