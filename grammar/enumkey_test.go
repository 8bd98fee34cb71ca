package grammar

import "testing"

// TestEnumKeyAgreesWithJSONEqual checks that two keyed values have equal
// keys exactly when jsonEqual says they are equal.
func TestEnumKeyAgreesWithJSONEqual(t *testing.T) {
	vals := []any{"a", "1", "", Number("1"), Number("1.0"), Number("10e-1"), Number("2"), Number("-0"), Number("0"), Number("1e400"), true, nil}
	for _, a := range vals {
		ka, oka := enumKey(a)
		for _, b := range vals {
			kb, okb := enumKey(b)
			if !oka || !okb {
				continue
			}
			if (ka == kb) != jsonEqual(a, b) {
				t.Errorf("%#v, %#v: keys equal %v, jsonEqual %v", a, b, ka == kb, jsonEqual(a, b))
			}
		}
	}
	if _, ok := enumKey(true); ok {
		t.Error("a boolean got a key")
	}
}
