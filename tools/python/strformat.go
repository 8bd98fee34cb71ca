package python

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

// strFormat is Python's str.format: the template's fields are
// {[name|index][.attr|[key]]*[!conv][:spec]}, auto-numbered when empty, and
// the specs are Python's format mini-language. Starlark's own str.format
// has no specs; the translator sends "...".format(...) here.
func strFormat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 {
		return nil, fmt.Errorf("format: missing template")
	}
	tmpl, ok := starlark.AsString(args[0])
	if !ok {
		return nil, fmt.Errorf("format: template is %s, want str", args[0].Type())
	}
	s, err := formatTemplate(tmpl, args[1:], kwargs, 0)
	if err != nil {
		return nil, fmt.Errorf("format: %v", err)
	}
	return starlark.String(s), nil
}

func formatTemplate(tmpl string, args starlark.Tuple, kwargs []starlark.Tuple, depth int) (string, error) {
	if depth > 2 {
		return "", fmt.Errorf("max string recursion exceeded")
	}
	var b strings.Builder
	auto := 0
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		switch {
		case c == '{' && i+1 < len(tmpl) && tmpl[i+1] == '{', c == '}' && i+1 < len(tmpl) && tmpl[i+1] == '}':
			b.WriteByte(c)
			i++
		case c == '}':
			return "", fmt.Errorf("single '}' encountered in format string")
		case c == '{':
			// Find the field's end, allowing nested {} in the spec.
			nest, j := 0, i+1
			for ; j < len(tmpl); j++ {
				if tmpl[j] == '{' {
					nest++
				} else if tmpl[j] == '}' {
					if nest == 0 {
						break
					}
					nest--
				}
			}
			if j == len(tmpl) {
				return "", fmt.Errorf("expected '}' before end of string")
			}
			field := tmpl[i+1 : j]
			i = j
			name, spec, _ := strings.Cut(field, ":")
			name, conv, _ := strings.Cut(name, "!")
			if strings.Contains(spec, "{") {
				var err error
				if spec, err = formatTemplate(spec, args, kwargs, depth+1); err != nil {
					return "", err
				}
			}
			v, err := lookupField(name, args, kwargs, &auto)
			if err != nil {
				return "", err
			}
			switch conv {
			case "":
			case "r", "a":
				v = starlark.String(v.String())
			case "s":
				if _, ok := v.(starlark.String); !ok {
					v = starlark.String(v.String())
				}
			default:
				return "", fmt.Errorf("unknown conversion specifier %s", conv)
			}
			s, err := formatValue(v, spec)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// lookupField resolves a replacement field's name: "" (the next positional
// argument), an index, or a keyword, then .attr and [key] accessors.
func lookupField(name string, args starlark.Tuple, kwargs []starlark.Tuple, auto *int) (starlark.Value, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	var v starlark.Value
	if first == "" {
		if *auto >= len(args) {
			return nil, fmt.Errorf("replacement index %d out of range for positional args tuple", *auto)
		}
		v = args[*auto]
		*auto++
	} else if n, err := strconv.Atoi(first); err == nil {
		if n < 0 || n >= len(args) {
			return nil, fmt.Errorf("replacement index %d out of range for positional args tuple", n)
		}
		v = args[n]
	} else {
		for _, kv := range kwargs {
			if string(kv[0].(starlark.String)) == first {
				v = kv[1]
			}
		}
		if v == nil {
			return nil, fmt.Errorf("keyword argument %q not given", first)
		}
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			end := strings.IndexAny(rest[1:], ".[")
			if end < 0 {
				end = len(rest) - 1
			}
			attr := rest[1 : 1+end]
			rest = rest[1+end:]
			x, ok := v.(starlark.HasAttrs)
			if !ok {
				return nil, fmt.Errorf("%s has no attribute %q", v.Type(), attr)
			}
			a, err := x.Attr(attr)
			if err != nil || a == nil {
				return nil, fmt.Errorf("%s has no attribute %q", v.Type(), attr)
			}
			v = a
		case '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return nil, fmt.Errorf("missing ']' in format string")
			}
			key := rest[1:end]
			rest = rest[end+1:]
			var k starlark.Value = starlark.String(key)
			if n, err := strconv.Atoi(key); err == nil {
				k = starlark.MakeInt(n)
			}
			switch x := v.(type) {
			case starlark.Mapping:
				got, found, err := x.Get(k)
				if err != nil || !found {
					return nil, fmt.Errorf("key %s not found", k)
				}
				v = got
			case starlark.Indexable:
				n, ok := k.(starlark.Int)
				i, err := starlark.AsInt32(n)
				if !ok || err != nil || i < 0 || i >= x.Len() {
					return nil, fmt.Errorf("index %s out of range", k)
				}
				v = x.Index(i)
			default:
				return nil, fmt.Errorf("%s is not subscriptable", v.Type())
			}
		default:
			return nil, fmt.Errorf("invalid field name %q", name)
		}
	}
	return v, nil
}

// percent is Python's printf-style "template % values":
// %[(name)][flags][width][.precision]type.
func percent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tmpl string
	var values starlark.Value
	if err := starlark.UnpackPositionalArgs("%", args, kwargs, 2, &tmpl, &values); err != nil {
		return nil, err
	}
	positional, isTuple := values.(starlark.Tuple)
	if !isTuple {
		positional = starlark.Tuple{values}
	}
	mapping, _ := values.(starlark.Mapping)
	next := 0
	var out strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '%' {
			out.WriteByte(tmpl[i])
			continue
		}
		i++
		if i >= len(tmpl) {
			return nil, fmt.Errorf("incomplete format")
		}
		if tmpl[i] == '%' {
			out.WriteByte('%')
			continue
		}
		var v starlark.Value
		if tmpl[i] == '(' {
			end := strings.IndexByte(tmpl[i:], ')')
			if end < 0 || mapping == nil {
				return nil, fmt.Errorf("format requires a mapping")
			}
			key := tmpl[i+1 : i+end]
			got, found, err := mapping.Get(starlark.String(key))
			if err != nil || !found {
				return nil, fmt.Errorf("key %q not found", key)
			}
			v = got
			i += end + 1
		}
		var align, sign, alt, zero string
	flags:
		for ; i < len(tmpl); i++ {
			switch tmpl[i] {
			case '-':
				align = "<"
			case '+':
				sign = "+"
			case ' ':
				if sign == "" {
					sign = " "
				}
			case '#':
				alt = "#"
			case '0':
				zero = "0"
			default:
				break flags
			}
		}
		start := i
		for i < len(tmpl) && (tmpl[i] >= '0' && tmpl[i] <= '9' || tmpl[i] == '.') {
			i++
		}
		widthPrec := tmpl[start:i]
		if i >= len(tmpl) {
			return nil, fmt.Errorf("incomplete format")
		}
		typ := tmpl[i]
		if v == nil {
			if next >= len(positional) {
				return nil, fmt.Errorf("not enough arguments for format string")
			}
			v = positional[next]
			next++
		}
		if align != "" {
			zero = ""
		}
		switch typ {
		case 'i', 'u':
			typ = 'd'
		case 's':
			if _, ok := v.(starlark.String); !ok {
				v = starlark.String(v.String())
			}
		case 'r', 'a':
			v, typ = starlark.String(v.String()), 's'
		}
		if typ == 'd' {
			if f, ok := v.(starlark.Float); ok {
				n, err := starlark.NumberToInt(f)
				if err != nil {
					return nil, err
				}
				v = n
			}
		}
		s, err := formatValue(v, align+sign+alt+zero+widthPrec+string(typ))
		if err != nil {
			return nil, fmt.Errorf("%%: %v", err)
		}
		out.WriteString(s)
	}
	if mapping == nil && next < len(positional) {
		return nil, fmt.Errorf("not all arguments converted during string formatting")
	}
	return starlark.String(out.String()), nil
}
