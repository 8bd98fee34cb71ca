package grammar

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestIfThenElseDiscriminator checks if/then/else on a const or enum
// discriminator against santhosh-tekuri/jsonschema: the matcher accepts
// exactly the instances the validator accepts.
func TestIfThenElseDiscriminator(t *testing.T) {
	schemas := []string{
		`{"type":"object","properties":{"kind":{"type":"string"},"a":{"type":"integer"},"b":{"type":"string"}},
		  "if":{"properties":{"kind":{"const":"a"}},"required":["kind"]},
		  "then":{"required":["a"]},"else":{"required":["b"]}}`,
		`{"if":{"properties":{"t":{"enum":["x","y\"z","é"]}},"required":["t"]},
		  "then":{"properties":{"v":{"type":"integer"}}},"else":{"properties":{"v":{"type":"string"}}}}`,
		`{"if":{"properties":{"t":{"const":"ab"}}},"then":{"required":["p"]}}`,
		`{"type":"object","if":{"type":"object","properties":{"t":{"const":""}},"required":["t"]},"else":{"maxProperties":1}}`,
	}
	insts := []string{`{}`, `{"kind":"a"}`, `{"kind":"a","a":1}`, `{"kind":"b","b":"s"}`, `{"kind":"b","a":1}`,
		`{"kind":"ab","b":"s"}`, `{"kind":"","b":"s"}`, `{"kind":1,"b":"s"}`, `{"kind":"A","a":1}`, `{"b":"x"}`, `{"a":1}`,
		`{"t":"x","v":1}`, `{"t":"x","v":"s"}`, `{"t":"y\"z","v":2}`, `{"t":"y\"z","v":"s"}`, `{"t":"é","v":3}`, `{"t":"e","v":3}`,
		`{"t":"e","v":"s"}`, `{"t":"xx","v":"s"}`, `{"t":"","v":"s"}`, `{"t":null,"v":"s"}`, `{"t":["x"],"v":"s"}`, `{"v":"s"}`, `{"v":1}`,
		`{"t":"ab"}`, `{"t":"ab","p":1}`, `{"t":"a"}`, `{"t":"abc"}`, `{"t":"",}`, `{"t":""}`, `{"t":"","u":1}`, `{"t":"q","u":1}`,
		`{"t":"q"}`, `{"u":1,"w":2}`, `1`, `"s"`, `null`, `[]`}
	for si, s := range schemas {
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft2020
		if err := c.AddResource("s.json", strings.NewReader(s)); err != nil {
			t.Fatal(err)
		}
		ref, err := c.Compile("s.json")
		if err != nil {
			t.Fatal(err)
		}
		g := mustCompile(t, s, Options{AnyOrder: true})
		checked := 0
		for _, in := range insts {
			var v any
			if json.Unmarshal([]byte(in), &v) != nil {
				if accepts(t, g, in) {
					t.Errorf("schema %d accepts invalid JSON %s", si, in)
				}
				continue
			}
			want := ref.Validate(v) == nil
			if got := accepts(t, g, in); got != want {
				t.Errorf("schema %d, %s: matcher %v, validator %v", si, in, got, want)
			}
			checked++
		}
		if checked == 0 {
			t.Fatal("no instance checked")
		}
	}
	// draft-04 and draft-06 have no if/then/else: the keywords are ignored
	g := mustCompile(t, `{"$schema":"http://json-schema.org/draft-04/schema#","if":{"minimum":3},"then":{"multipleOf":2}}`, Options{})
	if !accepts(t, g, `5`) {
		t.Error("draft-04: if/then/else should be ignored")
	}
	// other forms of if stay errors
	for _, s := range []string{
		`{"if":{"properties":{"k":{"const":1}},"required":["k"]},"then":{"required":["a"]}}`,
		`{"if":{"minimum":3},"then":{"multipleOf":2}}`,
		`{"if":{"properties":{"k":{"const":"a"}},"required":["j"]},"then":{"required":["a"]}}`,
	} {
		if _, err := CompileJSONSchema(nil, []byte(s), Options{}); err == nil {
			t.Errorf("%s compiled; want an error on if", s)
		}
	}
}
