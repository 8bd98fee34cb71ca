package memory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

func checkDocName(name string) error {
	if name == "" || len(name) > 1024 || !utf8.ValidString(name) {
		return fmt.Errorf("%w: document name %q: want 1 to 1024 bytes of UTF-8", ErrInvalid, name)
	}
	return nil
}

// AddDocument splits text into chunks of the store's chunk size (see
// WithChunking), with overlap, cut at paragraph and sentence ends where
// possible, and indexes them under name in one transaction. A document of
// the same name is replaced. Tokenizing happens before the write lock is
// taken; the transaction costs about what appending as many messages does.
func (s *SQLite) AddDocument(ctx context.Context, name, text string) (Document, error) {
	if err := checkDocName(name); err != nil {
		return Document{}, fmt.Errorf("memory: %s: add document: %w", s.path, err)
	}
	if !utf8.ValidString(text) {
		return Document{}, fmt.Errorf("memory: %s: add document %q: %w: the text is not valid UTF-8", s.path, name, ErrInvalid)
	}
	pieces := chunkText(text, s.opts.chunk, s.opts.overlap, s.count)
	doc := Document{Name: name, Created: time.Unix(0, time.Now().UnixNano()), Chars: utf8.RuneCountInString(text), Tokens: s.count(text), Chunks: len(pieces)}
	err := s.write(ctx, "add document "+name, func(tx *sql.Tx) error {
		ix := newIndexer(ctx, tx)
		defer ix.close()
		if err := removeDocument(ctx, tx, ix, name); err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO documents(name, created, chars, tokens) VALUES (?, ?, ?, ?)`,
			name, doc.Created.UnixNano(), doc.Chars, doc.Tokens)
		if err != nil {
			return err
		}
		did, err := res.LastInsertId()
		if err != nil {
			return err
		}
		chars, at := 0, 0
		for i, p := range pieces {
			if p.start >= at {
				chars += utf8.RuneCountInString(text[at:p.start])
			} else { // chunks overlap
				chars -= utf8.RuneCountInString(text[p.start:at])
			}
			at = p.start
			body := text[p.start:p.end]
			cid, err := ix.add(0, body)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO chunks(id, document, seq, text, start, tokens) VALUES (?, ?, ?, ?, ?, ?)`,
				cid, did, i, body, chars, p.tokens); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Document{}, err
	}
	return doc, nil
}

// removeDocument takes document name and its chunks out of the store and
// the index, through ix.
func removeDocument(ctx context.Context, tx *sql.Tx, ix *indexer, name string) error {
	var did int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE name = ?`, name).Scan(&did)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("document %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return err
	}
	if err := ix.removeSelected(`SELECT id FROM chunks WHERE document = ?`, did); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM chunks WHERE document = ?`, did); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, did)
	return err
}

// DeleteDocument removes the named document, its chunks and their index
// entries, or returns ErrNotFound.
func (s *SQLite) DeleteDocument(ctx context.Context, name string) error {
	return s.write(ctx, "delete document "+name, func(tx *sql.Tx) error {
		ix := newIndexer(ctx, tx)
		defer ix.close()
		return removeDocument(ctx, tx, ix, name)
	})
}

// Documents lists the documents by name.
func (s *SQLite) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT d.name, d.created, d.chars, d.tokens,
		(SELECT count(*) FROM chunks c WHERE c.document = d.id) FROM documents d ORDER BY d.name`)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: list documents: %w", s.path, classify(err))
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		var created int64
		if err := rows.Scan(&d.Name, &created, &d.Chars, &d.Tokens, &d.Chunks); err != nil {
			return nil, fmt.Errorf("memory: %s: list documents: %w", s.path, classify(err))
		}
		d.Created = time.Unix(0, created)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("memory: %s: list documents: %w", s.path, classify(err))
	}
	return out, nil
}

// Chunks returns the chunks of the named document in order, or ErrNotFound.
func (s *SQLite) Chunks(ctx context.Context, name string) ([]Chunk, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: chunks of %q: %w", s.path, name, classify(err))
	}
	defer tx.Rollback()
	var did int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE name = ?`, name).Scan(&did)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("memory: %s: document %q: %w", s.path, name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("memory: %s: chunks of %q: %w", s.path, name, classify(err))
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, text, start, tokens FROM chunks WHERE document = ? ORDER BY seq`, did)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: chunks of %q: %w", s.path, name, classify(err))
	}
	defer rows.Close()
	out := []Chunk{}
	for rows.Next() {
		c := Chunk{Document: name}
		if err := rows.Scan(&c.Seq, &c.Text, &c.Start, &c.Tokens); err != nil {
			return nil, fmt.Errorf("memory: %s: chunks of %q: %w", s.path, name, classify(err))
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("memory: %s: chunks of %q: %w", s.path, name, classify(err))
	}
	return out, nil
}
