package grammar

import (
	"encoding/json"
	"fmt"
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
		// groups on one key (ifGroup), with a member outside the group
		// (its value overlaps) and members with and without required
		`{"allOf":[
		  {"if":{"properties":{"t":{"const":"x"}},"required":["t"]},"then":{"required":["a"]},"else":{"maxProperties":3}},
		  {"if":{"properties":{"t":{"const":"ab"}}},"then":{"required":["p"]},"else":{"properties":{"v":{"type":"string"}}}},
		  {"if":{"type":"object","properties":{"t":{"enum":["q",""]}},"required":["t"]},"then":{"properties":{"u":{"type":"integer"}}},"else":{"properties":{"w":{"const":2}}}},
		  {"if":{"properties":{"t":{"const":"x"}}},"then":{"properties":{"v":{"type":"integer"}}}}]}`,
		`{"allOf":[
		  {"if":{"properties":{"t":{"const":"x"}},"required":["t"]},"then":{"required":["a"]},"else":{"type":["object","string","null"]}},
		  {"if":{"type":"object","properties":{"t":{"const":"y\"z"}},"required":["t"]},"then":{"maxProperties":2},"else":{"type":["object","null"]}},
		  {"if":{"properties":{"t":{"enum":["é","e"]}}},"then":{"minProperties":2},"else":{"required":["v"]}}]}`,
	}
	insts := []string{`{}`, `{"kind":"a"}`, `{"kind":"a","a":1}`, `{"kind":"b","b":"s"}`, `{"kind":"b","a":1}`,
		`{"kind":"ab","b":"s"}`, `{"kind":"","b":"s"}`, `{"kind":1,"b":"s"}`, `{"kind":"A","a":1}`, `{"b":"x"}`, `{"a":1}`,
		`{"t":"x","v":1}`, `{"t":"x","v":"s"}`, `{"t":"y\"z","v":2}`, `{"t":"y\"z","v":"s"}`, `{"t":"é","v":3}`, `{"t":"e","v":3}`,
		`{"t":"e","v":"s"}`, `{"t":"xx","v":"s"}`, `{"t":"","v":"s"}`, `{"t":null,"v":"s"}`, `{"t":["x"],"v":"s"}`, `{"v":"s"}`, `{"v":1}`,
		`{"t":"ab"}`, `{"t":"ab","p":1}`, `{"t":"a"}`, `{"t":"abc"}`, `{"t":"",}`, `{"t":""}`, `{"t":"","u":1}`, `{"t":"q","u":1}`,
		`{"t":"q"}`, `{"u":1,"w":2}`, `1`, `"s"`, `null`, `[]`,
		`{"t":"x","a":1,"v":2}`, `{"t":"x","a":1,"v":"s"}`, `{"t":"x","v":2}`, `{"t":"ab","p":1,"w":2}`, `{"t":"ab","p":1,"v":1}`, `{"t":"q","u":1,"v":"s"}`,
		`{"t":"q","u":"s"}`, `{"t":"","u":2,"w":3}`, `{"t":"e","v":1}`, `{"t":"e"}`, `{"t":"é","x":1}`, `{"t":"y\"z","v":1}`, `{"t":"y\"z"}`, `{"t":"y\"z","v":1,"a":2}`,
		`{"t":"z","v":1,"w":2}`, `{"t":"z","w":2}`, `{"a":1,"b":2,"c":3,"d":4}`, `{"a":1,"v":1}`, `{"t":1,"v":1}`}
	matchesValidator(t, schemas, insts)
	// twenty ifs on one key need a handful of nodes, not 2^20
	var sb strings.Builder
	sb.WriteString(`{"type":"object","allOf":[`)
	for i := range 20 {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, `{"if":{"properties":{"k":{"const":"v%d"}}},"then":{"properties":{"p%d":{"type":"integer"}}}}`, i, i)
	}
	sb.WriteString(`]}`)
	g20 := mustCompile(t, sb.String(), Options{AnyOrder: true, Limits: Limits{Nodes: 2000}})
	for in, want := range map[string]bool{`{"k":"v3","p3":1,"p4":"s"}`: true, `{"k":"v3","p3":"s"}`: false, `{"p3":1,"p19":2}`: true, `{"p3":"s"}`: false, `{"k":"w","p3":"s"}`: true} {
		if accepts(t, g20, in) != want {
			t.Errorf("twenty ifs, %s: want %v", in, want)
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

// matchesValidator checks that each schema's matcher accepts exactly the
// instances santhosh-tekuri/jsonschema accepts (and no invalid JSON).
func matchesValidator(t *testing.T, schemas, insts []string) {
	t.Helper()
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
}
