package safetensors

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// IndexFile is the name of the index of a sharded checkpoint.
const IndexFile = "model.safetensors.index.json"

// Dir is the tensors of a Hugging Face model folder, possibly spread over
// several files. Their Data stay valid until Close.
type Dir struct {
	files   []*File
	tensors map[string]Tensor
}

// OpenDir opens the safetensors files of the folder dir: the shards that
// model.safetensors.index.json names when it exists (every tensor of its
// weight_map must be in the file it names), else model.safetensors, else
// every *.safetensors file in the folder. A tensor name found in two files is
// an error.
func OpenDir(dir string) (*Dir, error) {
	var paths []string
	var weightMap map[string]string
	idx := filepath.Join(dir, IndexFile)
	if b, err := os.ReadFile(idx); err == nil {
		var index struct {
			WeightMap map[string]string `json:"weight_map"`
		}
		if err := json.Unmarshal(b, &index); err != nil {
			return nil, fmt.Errorf("safetensors: %s: %w", idx, err)
		}
		if len(index.WeightMap) == 0 {
			return nil, fmt.Errorf("safetensors: %s: empty weight_map", idx)
		}
		weightMap = index.WeightMap
		seen := map[string]bool{}
		for _, file := range weightMap {
			if file == "" || filepath.Base(file) != file {
				return nil, fmt.Errorf("safetensors: %s: shard %q is not a file name in the folder", idx, file)
			}
			if !seen[file] {
				seen[file] = true
				paths = append(paths, filepath.Join(dir, file))
			}
		}
		sort.Strings(paths)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("safetensors: %w", err)
	} else if single := filepath.Join(dir, "model.safetensors"); fileExists(single) {
		paths = []string{single}
	} else {
		paths, _ = filepath.Glob(filepath.Join(dir, "*.safetensors"))
		if len(paths) == 0 {
			return nil, fmt.Errorf("safetensors: %s: no *.safetensors files", dir)
		}
	}
	d := &Dir{tensors: map[string]Tensor{}}
	owner := map[string]string{}
	for _, p := range paths {
		f, err := Open(p)
		if err != nil {
			d.Close()
			return nil, err
		}
		d.files = append(d.files, f)
		for _, name := range f.names {
			if prev, dup := owner[name]; dup {
				d.Close()
				return nil, fmt.Errorf("safetensors: tensor %q is in both %s and %s", name, prev, p)
			}
			owner[name] = p
			d.tensors[name] = f.tensors[name]
		}
	}
	for name, file := range weightMap {
		if owner[name] != filepath.Join(dir, file) {
			d.Close()
			return nil, fmt.Errorf("safetensors: %s: tensor %q is not in %s", idx, name, file)
		}
	}
	return d, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// Tensor returns the named tensor.
func (d *Dir) Tensor(name string) (Tensor, bool) {
	t, ok := d.tensors[name]
	return t, ok
}

// Names returns every tensor name, sorted.
func (d *Dir) Names() []string {
	names := make([]string, 0, len(d.tensors))
	for n := range d.tensors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Close unmaps every file.
func (d *Dir) Close() error {
	var first error
	for _, f := range d.files {
		if err := f.Close(); err != nil && first == nil {
			first = err
		}
	}
	d.files, d.tensors = nil, nil
	return first
}
