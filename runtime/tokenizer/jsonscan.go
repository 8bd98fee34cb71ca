package tokenizer

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// A small scanner for the two big parts of tokenizer.json, model.vocab (an
// object of token -> id) and model.merges (an array of "a b" strings or
// ["a", "b"] pairs). encoding/json has already checked that they are valid
// JSON; reading them here, without reflection and into a map sized up front,
// halves the load time of a 150k-token vocabulary.
type jsonScanner struct {
	b []byte
	i int
}

func (s *jsonScanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *jsonScanner) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", s.i, fmt.Sprintf(format, args...))
}

// expect skips white space and the byte c.
func (s *jsonScanner) expect(c byte) error {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != c {
		return s.errorf("want %q", c)
	}
	s.i++
	return nil
}

// peek skips white space and returns the next byte, or 0 at the end.
func (s *jsonScanner) peek() byte {
	s.ws()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

// str reads a JSON string.
func (s *jsonScanner) str() (string, error) {
	if err := s.expect('"'); err != nil {
		return "", err
	}
	start := s.i
	escaped := false
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '\\':
			escaped = true
			s.i += 2
			continue
		case '"':
			raw := s.b[start:s.i]
			s.i++
			if !escaped {
				return string(raw), nil
			}
			var out string
			if err := json.Unmarshal(s.b[start-1:s.i], &out); err != nil {
				return "", s.errorf("%v", err)
			}
			return out, nil
		}
		s.i++
	}
	return "", s.errorf("unterminated string")
}

// int reads a JSON integer.
func (s *jsonScanner) int() (int, error) {
	s.ws()
	start := s.i
	for s.i < len(s.b) && (s.b[s.i] == '-' || (s.b[s.i] >= '0' && s.b[s.i] <= '9')) {
		s.i++
	}
	v, err := strconv.Atoi(string(s.b[start:s.i]))
	if err != nil {
		return 0, s.errorf("want an integer id")
	}
	return v, nil
}

// scanVocab reads a JSON object of string -> integer.
func scanVocab(b []byte) (map[string]int, error) {
	s := &jsonScanner{b: b}
	m := make(map[string]int, len(b)/16)
	if err := s.expect('{'); err != nil {
		return nil, err
	}
	if s.peek() == '}' {
		return m, nil
	}
	for {
		k, err := s.str()
		if err != nil {
			return nil, err
		}
		if err := s.expect(':'); err != nil {
			return nil, err
		}
		v, err := s.int()
		if err != nil {
			return nil, err
		}
		n := len(m)
		if m[k] = v; len(m) == n {
			return nil, fmt.Errorf("token %q appears twice", k)
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			return m, nil
		default:
			return nil, s.errorf("want ',' or '}'")
		}
	}
}

// scanMerges reads an array of "a b" strings or of ["a", "b"] pairs.
func scanMerges(b []byte) ([][2]string, error) {
	s := &jsonScanner{b: b}
	out := make([][2]string, 0, len(b)/12)
	if err := s.expect('['); err != nil {
		return nil, err
	}
	if s.peek() == ']' {
		return out, nil
	}
	for n := 0; ; n++ {
		var m [2]string
		if s.peek() == '[' {
			s.i++
			for k := 0; k < 2; k++ {
				if k == 1 {
					if err := s.expect(','); err != nil {
						return nil, fmt.Errorf("merge %d: %w", n, err)
					}
				}
				x, err := s.str()
				if err != nil {
					return nil, fmt.Errorf("merge %d: %w", n, err)
				}
				m[k] = x
			}
			if err := s.expect(']'); err != nil {
				return nil, fmt.Errorf("merge %d has more than 2 parts: %w", n, err)
			}
		} else {
			x, err := s.str()
			if err != nil {
				return nil, fmt.Errorf("merge %d: %w", n, err)
			}
			a, b, ok := cutSpace(x)
			if !ok {
				return nil, fmt.Errorf("merge %d (%q) is not two tokens separated by one space", n, x)
			}
			m = [2]string{a, b}
		}
		out = append(out, m)
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			return out, nil
		default:
			return nil, s.errorf("want ',' or ']'")
		}
	}
}

// cutSpace splits "a b" at its one space.
func cutSpace(x string) (a, b string, ok bool) {
	k := -1
	for i := 0; i < len(x); i++ {
		if x[i] == ' ' {
			if k >= 0 {
				return "", "", false
			}
			k = i
		}
	}
	if k < 0 {
		return "", "", false
	}
	return x[:k], x[k+1:], true
}
