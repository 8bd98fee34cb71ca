package grammar

import "testing"

// TestNotRewrites checks the negations notRewrite enforces, and oneOf
// branches made exclusive through them, against santhosh-tekuri/jsonschema,
// and that a not of an unsupported form inside them stays a compile error.
func TestNotRewrites(t *testing.T) {
	schemas := []string{
		`{"not":{"not":{"type":"object","additionalProperties":false,"properties":{"a":{"type":"integer"}}}}}`,
		`{"type":"object","required":["id"],"not":{"allOf":[{"required":["site"]},{"required":["app"]}]}}`,
		`{"not":{"anyOf":[{"type":"string"},{"required":["x"]}]}}`,
		`{"allOf":[{"type":"object"},{"not":{"not":{"not":{"required":["b"]}}}}]}`,
		`{"not":{"description":"d","allOf":[{"type":"null"},{"not":{"type":"null"}}]}}`,
		`{"not":{"required":["x"]}}`,
		`{"properties":{"a":{"not":{"enum":["x","é\n",""]}},"b":{"not":{"const":"s"}}}}`,
		`{"not":{"type":"object","required":["a","b"]}}`,
		`{"not":{"properties":{"a":{"type":"string"},"b":{"enum":["x"]}}}}`,
		`{"oneOf":[{"properties":{"op":{"enum":["add","test"]}},"required":["value"]},{"properties":{"op":{"enum":["remove"]}}},{"properties":{"op":{"enum":["move"]},"from":{"type":"string"}},"required":["from"]}]}`,
		`{"oneOf":[{"type":"object","required":["a"]},{"properties":{"a":{"type":"string"}}}]}`,
		`{"properties":{"p":{"not":{"pattern":"^[a-c]+$"}},"q":{"type":"string","not":{"pattern":"x\\d"},"maxLength":4},"r":{"not":{"type":"string","pattern":"é"}}}}`,
		`{"$defs":{"A":{"type":"object","required":["a"]},"B":{"properties":{"b":{"$ref":"#/$defs/S"}}},"S":{"type":"string"}},"oneOf":[{"$ref":"#/$defs/A"},{"$ref":"#/$defs/B"}]}`,
	}
	insts := []string{`{}`, `{"a":1}`, `{"a":"s"}`, `{"b":1}`, `{"a":1,"b":2}`, `{"id":1}`, `{"id":1,"site":2}`, `{"id":1,"app":2}`,
		`{"id":1,"site":2,"app":3}`, `{"site":2}`, `{"x":1}`, `{"x":1,"id":2}`, `"s"`, `1`, `null`, `[]`, `true`,
		`{"a":"x"}`, `{"a":"xx"}`, `{"a":""}`, `{"a":"é\n"}`, `{"a":"é"}`, `{"a":1}`, `{"a":null}`, `{"b":"s"}`, `{"b":"S"}`, `{"b":["s"]}`, `{"b":"s "}`,
		`{"a":"s","b":"x"}`, `{"a":"s","b":"y"}`, `{"a":1,"b":"x"}`, `{"b":"x"}`, `{"op":"add","value":1}`, `{"op":"remove"}`, `{"op":"remove","value":1}`,
		`{"op":"move","from":"/a"}`, `{"op":"move","from":1}`, `{"op":"test"}`, `{"value":1}`, `{"from":"x","value":1}`, `{"op":"x"}`, `{"a":"s","b":1}`,
		`{"p":"abc"}`, `{"p":"abd"}`, `{"p":""}`, `{"p":1}`, `{"p":"é"}`, `{"q":"x1"}`, `{"q":"ax12"}`, `{"q":"xx"}`, `{"q":"abcde"}`, `{"q":2}`,
		`{"r":"café"}`, `{"r":"cafe"}`, `{"r":3}`, `{"r":"\u00e9"}`}
	matchesValidator(t, schemas, insts)
	for _, s := range []string{
		`{"not":{"not":{"not":{"minimum":3}}}}`,
		`{"not":{"anyOf":[{"type":"string"},{"minLength":2}]}}`,
		`{"not":{"enum":["a",1]}}`,
		`{"oneOf":[{"required":["a"]},{"minProperties":2}]}`,
		`{"$defs":{"A":{"minimum":1}},"oneOf":[{"$ref":"#/$defs/A"},{"type":"string"}]}`,
	} {
		if _, err := CompileJSONSchema(nil, []byte(s), Options{}); err == nil {
			t.Errorf("%s compiled; want an error", s)
		}
	}
}
