package grammar

import "testing"

// TestNumericEnumByValue: enum and const numbers are compared by value, as
// JSON Schema does (santhosh-tekuri/jsonschema decides): every spelling of
// an allowed value is accepted, exponents included, and no other number.
func TestNumericEnumByValue(t *testing.T) {
	schemas := []string{
		`{"const":1}`,
		`{"enum":[2.0]}`,
		`{"enum":[-0.25,"a",120,null]}`,
		`{"const":0}`,
		`{"enum":[1e2,0.001,-3]}`,
		`{"properties":{"a":{"enum":[1.5,2]},"b":{"type":"number","enum":[1,2,3],"minimum":2}}}`,
	}
	var insts []string
	for _, n := range []string{"1", "1.0", "1e0", "1E+0", "10e-1", "0.1e1", "100e-2", "1.00", "0.01e2", "1e1", "11", "1.01", "0.1", "1e-0", "1e00",
		"2", "2.0", "2.00", "20e-1", "0.2E1", "2e0", "2e1", "22", "2.5",
		"-0.25", "-0.250", "-25e-2", "-2.5e-1", "0.25", "-0.2", "-0.26", "-2", "120", "120.0", "1.2e2", "12e1", "1200e-1", "0.12e3", "12", "1.2e3",
		"0", "-0", "0.0", "0e5", "-0.0e-3", "0.00001", "100", "1e2", "1E2", "0.001", "1e-3", "10e-4", "-3", "-3.0", "-30e-1", "3", "-3e0", "1.5", "15e-1", "3e0"} {
		insts = append(insts, n, `{"a":`+n+`}`, `{"b":`+n+`}`)
	}
	insts = append(insts, `"a"`, `null`, `"1"`, `[1,2]`, `[]`, `{}`)
	matchesValidator(t, schemas, insts)
}
