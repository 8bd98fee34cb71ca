package grammar

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// schemaIndex knows, for every schema object of the loaded documents, its
// base URI and JSON pointer, and maps $id and $anchor URIs to schemas.
type schemaIndex struct {
	base map[*Object]string
	ptr  map[*Object]string
	ids  map[string]any // absolute URI (no fragment) or URI#anchor -> schema
	docs map[string]any // document URI -> root
	res  map[string][]byte
	// draft7: $ref makes its siblings ($id included) ignored
	draft7 bool
}

const defaultBase = "urn:qwenkit:schema"

// schema-valued keywords, by shape
var (
	kwSchema   = []string{"additionalProperties", "additionalItems", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema"}
	kwSchemaOr = []string{"items"} // schema or array of schemas
	kwArray    = []string{"allOf", "anyOf", "oneOf", "prefixItems"}
	kwMap      = []string{"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"}
)

func newIndex(res map[string][]byte) *schemaIndex {
	return &schemaIndex{base: map[*Object]string{}, ptr: map[*Object]string{}, ids: map[string]any{}, docs: map[string]any{}, res: res}
}

func resolveURI(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	return b.ResolveReference(r).String(), nil
}

func splitFragment(u string) (string, string) {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i], u[i+1:]
	}
	return u, ""
}

func (ix *schemaIndex) add(doc any, uri string) {
	ix.docs[uri] = doc
	ix.ids[uri] = doc
	ix.walk(doc, uri, "#", 0)
}

func (ix *schemaIndex) walk(s any, base, ptr string, depth int) {
	o, ok := s.(*Object)
	if !ok || depth > 200 {
		return
	}
	if _, seen := ix.base[o]; seen {
		return
	}
	_, hasRef := o.Get("$ref")
	if idv, ok := o.Get("$id"); ok && !(ix.draft7 && hasRef) {
		if id, ok := idv.(string); ok {
			if strings.HasPrefix(id, "#") {
				// draft 7 plain-name fragment: an anchor
				ix.ids[base+id] = o
			} else if u, err := resolveURI(base, id); err == nil {
				u, frag := splitFragment(u)
				base = u
				ix.ids[u] = o
				if frag != "" {
					ix.ids[u+"#"+frag] = o
				}
			}
		}
	}
	if av, ok := o.Get("$anchor"); ok {
		if a, ok := av.(string); ok {
			ix.ids[base+"#"+a] = o
		}
	}
	ix.base[o] = base
	ix.ptr[o] = ptr
	for i, k := range o.Keys {
		v := o.Vals[i]
		p := ptr + "/" + escPtr(k)
		switch {
		case in(k, kwSchema):
			ix.walk(v, base, p, depth+1)
		case in(k, kwSchemaOr):
			if a, ok := v.([]any); ok {
				for j, e := range a {
					ix.walk(e, base, p+"/"+strconv.Itoa(j), depth+1)
				}
			} else {
				ix.walk(v, base, p, depth+1)
			}
		case in(k, kwArray):
			if a, ok := v.([]any); ok {
				for j, e := range a {
					ix.walk(e, base, p+"/"+strconv.Itoa(j), depth+1)
				}
			}
		case in(k, kwMap):
			if m, ok := v.(*Object); ok {
				for j, kk := range m.Keys {
					ix.walk(m.Vals[j], base, p+"/"+escPtr(kk), depth+1)
				}
			}
		}
	}
}

func in(k string, set []string) bool {
	for _, s := range set {
		if s == k {
			return true
		}
	}
	return false
}

func escPtr(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// resolve finds the schema a $ref in object o points to.
func (ix *schemaIndex) resolve(o *Object, ref string) (any, error) {
	base := ix.base[o]
	if base == "" {
		base = defaultBase
	}
	u, err := resolveURI(base, ref)
	if err != nil {
		return nil, fmt.Errorf("bad $ref %q: %v", ref, err)
	}
	doc, frag := splitFragment(u)
	if frag != "" && !strings.HasPrefix(frag, "/") {
		if s, ok := ix.ids[doc+"#"+frag]; ok {
			return s, nil
		}
		return nil, fmt.Errorf("$ref %q: anchor not found", ref)
	}
	root, ok := ix.ids[doc]
	if !ok {
		data, ok := ix.res[doc]
		if !ok {
			return nil, fmt.Errorf("$ref %q: document %q is not available (remote references need Options.Resources)", ref, doc)
		}
		v, err := ParseJSON(data)
		if err != nil {
			return nil, fmt.Errorf("$ref %q: %v", ref, err)
		}
		ix.add(v, doc)
		root = v
	}
	if frag == "" {
		return root, nil
	}
	return jsonPointer(root, frag)
}

func jsonPointer(root any, frag string) (any, error) {
	f, err := url.PathUnescape(frag)
	if err != nil {
		return nil, fmt.Errorf("bad pointer %q", frag)
	}
	cur := root
	for _, tok := range strings.Split(f, "/")[1:] {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := cur.(type) {
		case *Object:
			v, ok := c.Get(tok)
			if !ok {
				return nil, fmt.Errorf("pointer %q: no %q", frag, tok)
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("pointer %q: bad index %q", frag, tok)
			}
			cur = c[i]
		default:
			return nil, fmt.Errorf("pointer %q: cannot descend into %q", frag, tok)
		}
	}
	return cur, nil
}
