package grammar

import "testing"

// TestSchemaDependencies checks dependentSchemas against
// santhosh-tekuri/jsonschema, and draft-07 schema dependencies by hand.
func TestSchemaDependencies(t *testing.T) {
	schemas := []string{
		`{"dependentSchemas":{"a":{"required":["b"],"properties":{"b":{"type":"integer"}}},"c":false}}`,
		`{"type":"object","properties":{"a":{"type":"string"}},"dependentSchemas":{"a":{"properties":{"x":{"enum":["on"]}}},"z":true}}`,
	}
	insts := []string{`{}`, `{"a":"s"}`, `{"a":"s","b":1}`, `{"a":"s","b":"t"}`, `{"b":"t"}`, `{"c":1}`, `{"a":1,"b":2,"c":3}`,
		`{"a":"s","x":"on"}`, `{"a":"s","x":"off"}`, `{"x":"off"}`, `{"z":1}`, `1`, `"s"`, `null`, `[]`}
	matchesValidator(t, schemas, insts)
	g := mustCompile(t, `{"$schema":"http://json-schema.org/draft-07/schema#","dependencies":{"a":{"required":["b"]},"c":["d"],"e":false}}`, Options{AnyOrder: true})
	for in, want := range map[string]bool{`{}`: true, `{"a":1,"b":2}`: true, `{"a":1}`: false, `{"c":1}`: false, `{"c":1,"d":2}`: true, `{"e":1}`: false, `1`: true} {
		if accepts(t, g, in) != want {
			t.Errorf("draft-07 dependencies, %s: want %v", in, want)
		}
	}
}
