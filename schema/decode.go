package schema

import (
	"encoding/json"
	"fmt"
)

// Decode validates text against v and then unmarshals it into a T. With a
// nil v it compiles T's own schema first (one reflection and one compile per
// call: keep a Validator for repeated use). The error is the validation
// error (a *ValidationError for a schema violation) or the unmarshal error;
// the zero T comes with it.
func Decode[T any](text []byte, v *Validator) (T, error) {
	var out T
	if v == nil {
		raw, err := For[T]()
		if err != nil {
			return out, err
		}
		if v, err = Compile(raw); err != nil {
			return out, err
		}
	}
	if err := v.Validate(text); err != nil {
		return out, err
	}
	if err := json.Unmarshal(text, &out); err != nil {
		var zero T
		return zero, fmt.Errorf("schema: decode into %T: %w", out, err)
	}
	return out, nil
}
