package grammar

import "testing"

// TestNotRewrites checks not of a not, an anyOf and an allOf against
// santhosh-tekuri/jsonschema, and that a not of an unsupported form
// inside them stays a compile error naming "not".
func TestNotRewrites(t *testing.T) {
	schemas := []string{
		`{"not":{"not":{"type":"object","additionalProperties":false,"properties":{"a":{"type":"integer"}}}}}`,
		`{"type":"object","required":["id"],"not":{"allOf":[{"required":["site"]},{"required":["app"]}]}}`,
		`{"not":{"anyOf":[{"type":"string"},{"required":["x"]}]}}`,
		`{"allOf":[{"type":"object"},{"not":{"not":{"not":{"required":["b"]}}}}]}`,
		`{"not":{"description":"d","allOf":[{"type":"null"},{"not":{"type":"null"}}]}}`,
		`{"not":{"required":["x"]}}`,
		`{"properties":{"a":{"not":{"enum":["x","é\n",""]}},"b":{"not":{"const":"s"}}}}`,
	}
	insts := []string{`{}`, `{"a":1}`, `{"a":"s"}`, `{"b":1}`, `{"a":1,"b":2}`, `{"id":1}`, `{"id":1,"site":2}`, `{"id":1,"app":2}`,
		`{"id":1,"site":2,"app":3}`, `{"site":2}`, `{"x":1}`, `{"x":1,"id":2}`, `"s"`, `1`, `null`, `[]`, `true`,
		`{"a":"x"}`, `{"a":"xx"}`, `{"a":""}`, `{"a":"é\n"}`, `{"a":"é"}`, `{"a":1}`, `{"a":null}`, `{"b":"s"}`, `{"b":"S"}`, `{"b":["s"]}`, `{"b":"s "}`}
	matchesValidator(t, schemas, insts)
	for _, s := range []string{
		`{"not":{"not":{"not":{"minimum":3}}}}`,
		`{"not":{"anyOf":[{"type":"string"},{"minLength":2}]}}`,
		`{"not":{"enum":["a",1]}}`,
	} {
		if _, err := CompileJSONSchema(nil, []byte(s), Options{}); err == nil {
			t.Errorf("%s compiled; want an error", s)
		}
	}
}
