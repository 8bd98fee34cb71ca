package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// schemaURL is the name a compiled schema goes by; nothing is ever loaded
// from it.
const schemaURL = "mem:///schema.json"

// Validator checks JSON text against one compiled schema. It is read-only
// after Compile and safe for concurrent use.
type Validator struct {
	raw    json.RawMessage
	schema *jsonschema.Schema
}

// Compile compiles a JSON Schema (draft 2020-12 unless it names another
// draft with "$schema"). Formats such as "date-time" and content encodings
// such as base64 are asserted, not just annotations, because the text is
// about to be decoded into Go types that would reject them anyway. Nothing is
// fetched: a "$ref" to anything outside the schema is an error. It costs one
// parse of the schema.
func Compile(raw json.RawMessage) (*Validator, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.AssertContent = true
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("loading %q refused: schemas must be self-contained", s)
	}
	if err := c.AddResource(schemaURL, bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("schema: compile: %w", err)
	}
	s, err := c.Compile(schemaURL)
	if err != nil {
		return nil, fmt.Errorf("schema: compile: %w", err)
	}
	return &Validator{raw: bytes.Clone(raw), schema: s}, nil
}

// Schema returns the schema text the validator was compiled from.
func (v *Validator) Schema() json.RawMessage { return v.raw }

// Validate checks that jsonText is exactly one JSON value that the schema
// accepts. A syntax error names its byte offset; a schema violation is a
// *ValidationError naming the JSON pointer of each offending value. It costs
// one parse of the text and one walk over it.
func (v *Validator) Validate(jsonText []byte) error {
	doc, err := parse(jsonText)
	if err != nil {
		return err
	}
	err = v.schema.Validate(doc)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return fmt.Errorf("schema: validate: %w", err)
	}
	return convert(ve)
}

// parse decodes one JSON value, keeping numbers exact, and refuses trailing
// text.
func parse(text []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, syntaxError(err, int64(len(text)))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("schema: invalid JSON at offset %d: text after the value", dec.InputOffset())
	}
	return doc, nil
}

// syntaxError names the byte offset of a decoding error; the text's length
// is the offset of an unexpected end.
func syntaxError(err error, length int64) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("schema: invalid JSON at offset %d: %w", se.Offset, err)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("schema: invalid JSON at offset %d: unexpected end of input", length)
	}
	return fmt.Errorf("schema: invalid JSON: %w", err)
}

// Violation is one reason a value failed its schema.
type Violation struct {
	// Pointer is the JSON pointer (RFC 6901) of the offending value; "" is
	// the whole document.
	Pointer string
	// Keyword is the schema keyword that failed ("type", "required",
	// "additionalProperties", "enum", "minimum", ...).
	Keyword string
	// Message says what is wrong, e.g. "expected string, but got number".
	Message string
}

// String writes the violation as "POINTER: MESSAGE", the pointer of the whole
// document written as "(root)".
func (v Violation) String() string {
	p := v.Pointer
	if p == "" {
		p = "(root)"
	}
	return p + ": " + v.Message
}

// ValidationError lists why a JSON value does not match its schema.
type ValidationError struct {
	// Violations are the specific failures (the leaves of the validator's
	// error tree), in the validator's order; never empty.
	Violations []Violation
}

// maxShown bounds how many violations Error spells out.
const maxShown = 5

// Error joins the first few violations, e.g.
// "/city: expected string, but got number; (root): missing properties: 'days'".
func (e *ValidationError) Error() string {
	var b strings.Builder
	for i, v := range e.Violations {
		if i == maxShown {
			fmt.Fprintf(&b, "; and %d more", len(e.Violations)-maxShown)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// convert flattens the validator's tree of errors to its leaves, which are
// the specific reasons (the inner nodes only say "doesn't validate with").
func convert(ve *jsonschema.ValidationError) *ValidationError {
	out := &ValidationError{}
	var leaves func(*jsonschema.ValidationError)
	leaves = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			kw := e.KeywordLocation
			if i := strings.LastIndexByte(kw, '/'); i >= 0 {
				kw = kw[i+1:]
			}
			out.Violations = append(out.Violations, Violation{Pointer: e.InstanceLocation, Keyword: kw, Message: e.Message})
			return
		}
		for _, c := range e.Causes {
			leaves(c)
		}
	}
	leaves(ve)
	return out
}
