package chatml

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/qwenkit/qwenkit/internal/pyjson"
)

// pyJSON re-serialises the JSON text data the way transformers' tojson filter
// does: json.dumps(json.loads(data), ensure_ascii=False), i.e. separators
// ", " and ": ", keys in their given order (a repeated key keeps its first
// place and its last value, like a Python dict), non-ASCII written raw, only
// '"', '\\' and U+0000–U+001F escaped, integers as Python ints and other
// numbers as Python's float repr (1.0, 1e-05, 1e+16, Infinity).
func pyJSON(b *strings.Builder, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return fmt.Errorf("invalid JSON at offset %d: %w", dec.InputOffset(), err)
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		return fmt.Errorf("invalid JSON: data after the value at offset %d", dec.InputOffset())
	}
	return v.write(b)
}

// value is one decoded JSON value with its object keys in order.
type value struct {
	kind  byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	str   string
	keys  []string
	elems []*value // object values (parallel to keys) or array elements
}

func decodeValue(dec *json.Decoder) (*value, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v := &value{kind: 'o'}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				e, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				if i := indexOf(v.keys, k); i >= 0 {
					v.elems[i] = e
				} else {
					v.keys = append(v.keys, k)
					v.elems = append(v.elems, e)
				}
			}
			_, err := dec.Token()
			return v, err
		case '[':
			v := &value{kind: 'a'}
			for dec.More() {
				e, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				v.elems = append(v.elems, e)
			}
			_, err := dec.Token()
			return v, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case string:
		return &value{kind: 's', str: t}, nil
	case json.Number:
		return &value{kind: 'n', str: string(t)}, nil
	case bool:
		if t {
			return &value{kind: 'b', str: "true"}, nil
		}
		return &value{kind: 'b', str: "false"}, nil
	case nil:
		return &value{kind: 'z', str: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected token %v", tok)
}

func indexOf(keys []string, k string) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	return -1
}

func (v *value) write(b *strings.Builder) error {
	switch v.kind {
	case 'o':
		b.WriteByte('{')
		for i, k := range v.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			pyjson.WriteString(b, k)
			b.WriteString(": ")
			if err := v.elems[i].write(b); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		for i, e := range v.elems {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := e.write(b); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case 's':
		pyjson.WriteString(b, v.str)
	case 'n':
		s, err := pyNumber(v.str)
		if err != nil {
			return err
		}
		b.WriteString(s)
	default:
		b.WriteString(v.str)
	}
	return nil
}

// pyNumber prints the JSON number literal lit as Python prints what
// json.loads made of it: an int stays as written ("-0" becomes "0"), a float
// is printed by repr.
func pyNumber(lit string) (string, error) {
	if !strings.ContainsAny(lit, ".eE") {
		if lit == "-0" {
			return "0", nil
		}
		return lit, nil
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !math.IsInf(f, 0) {
		return "", fmt.Errorf("number %s: %w", lit, err)
	}
	return pyFloatRepr(f), nil
}

// pyFloatRepr is Python's repr(float): the shortest digits that round-trip,
// in positional notation when the decimal exponent is in [-4, 16), else in
// exponent notation with a sign and at least two exponent digits.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case math.IsNaN(f):
		return "NaN"
	}
	// e is "d.ddde±XX": split it into sign, digits and decimal point position.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	neg := e[0] == '-'
	if neg {
		e = e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // value = 0.digits × 10^decpt
	var out strings.Builder
	if neg {
		out.WriteByte('-')
	}
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			out.WriteString("0.")
			out.WriteString(strings.Repeat("0", -decpt))
			out.WriteString(digits)
		case decpt >= len(digits):
			out.WriteString(digits)
			out.WriteString(strings.Repeat("0", decpt-len(digits)))
			out.WriteString(".0")
		default:
			out.WriteString(digits[:decpt])
			out.WriteByte('.')
			out.WriteString(digits[decpt:])
		}
		return out.String()
	}
	out.WriteByte(digits[0])
	if len(digits) > 1 {
		out.WriteByte('.')
		out.WriteString(digits[1:])
	}
	out.WriteByte('e')
	if exp < 0 {
		out.WriteByte('-')
		exp = -exp
	} else {
		out.WriteByte('+')
	}
	if exp < 10 {
		out.WriteByte('0')
	}
	out.WriteString(strconv.Itoa(exp))
	return out.String()
}
