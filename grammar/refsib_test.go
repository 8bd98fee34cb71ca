package grammar

import "testing"

// TestRefSiblingsDraft7: in draft-04/06/07 the keywords beside a $ref are
// ignored, in 2020-12 they apply; data under enum (even with
// "$ref" and "type" members) and a property named "$ref" are left alone.
// santhosh-tekuri/jsonschema (draft from $schema) decides.
func TestRefSiblingsDraft7(t *testing.T) {
	var schemas []string
	for _, d := range []string{"http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-04/schema#", "https://json-schema.org/draft/2020-12/schema"} {
		schemas = append(schemas,
			`{"$schema":"`+d+`","properties":{"d":{"$ref":"#/definitions/t"},"e":{"$ref":"#/definitions/s","maxLength":2},"$ref":{"type":"integer"},`+
				`"c":{"enum":[{"$ref":"#/x","type":"y"}]}},"definitions":{"t":{"$ref":"#/definitions/dict","type":"object"},`+
				`"dict":{"properties":{"basic":{"type":"string"}},"required":["basic"]},"s":{"type":"string"}}}`)
	}
	insts := []string{`{"d":"x"}`, `{"d":{}}`, `{"d":{"basic":"b"}}`, `{"d":{"basic":1}}`, `{"e":"abc"}`, `{"e":"ab"}`, `{"e":1}`,
		`{"$ref":1}`, `{"$ref":"x"}`, `{"c":{"$ref":"#/x","type":"y"}}`, `{"c":{"$ref":"#/x"}}`, `{}`, `[]`}
	matchesValidator(t, schemas, insts)
}
