package memory

import (
	"context"
	"database/sql"
	"strings"
)

// The search index is two FTS4 tables over the texts table (external
// content, so the index stores no second copy of the text):
//
//   - fts_scope is partitioned by scope (FTS4's languageid): a session's
//     messages under the session's internal id, document chunks under 0.
//     A search of one session reads only that session's index entries.
//   - fts_all holds every text, for searches across all sessions.
//
// texts.body is not the message itself but its index terms (eachTerm)
// joined by single spaces, indexed with FTS4's "simple" tokenizer, which
// splits exactly there: the index holds this package's terms, CJK pairs
// included, and a hit's spans come from the same splitter.

// indexTerms returns text's terms joined by spaces.
func indexTerms(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	eachTerm(text, func(t string, _ span) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	})
	return b.String()
}

// indexer writes texts to the index inside one write transaction,
// preparing each statement once, when first used.
type indexer struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts [len(indexSQL)]*sql.Stmt
}

const (
	insText = iota
	insScope
	insAll
	delScope
	delAll
	delText
)

var indexSQL = [...]string{
	insText:  `INSERT INTO texts(scope, body) VALUES (?, ?)`,
	insScope: `INSERT INTO fts_scope(docid, body, scope) VALUES (?, ?, ?)`,
	insAll:   `INSERT INTO fts_all(docid, body) VALUES (?, ?)`,
	delScope: `DELETE FROM fts_scope WHERE docid = ?`,
	delAll:   `DELETE FROM fts_all WHERE docid = ?`,
	delText:  `DELETE FROM texts WHERE id = ?`,
}

func newIndexer(ctx context.Context, tx *sql.Tx) *indexer {
	return &indexer{ctx: ctx, tx: tx}
}

func (ix *indexer) exec(which int, args ...any) (sql.Result, error) {
	st := ix.stmts[which]
	if st == nil {
		var err error
		if st, err = ix.tx.PrepareContext(ix.ctx, indexSQL[which]); err != nil {
			return nil, err
		}
		ix.stmts[which] = st
	}
	return st.ExecContext(ix.ctx, args...)
}

// close releases the statements; the transaction's end would too.
func (ix *indexer) close() {
	for _, st := range ix.stmts {
		if st != nil {
			st.Close()
		}
	}
}

// add indexes text under scope and returns its id, which the message or
// chunk row then takes as its own.
func (ix *indexer) add(scope int64, text string) (int64, error) {
	body := indexTerms(text)
	res, err := ix.exec(insText, scope, body)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if _, err := ix.exec(insScope, id, body, scope); err != nil {
		return 0, err
	}
	if _, err := ix.exec(insAll, id, body); err != nil {
		return 0, err
	}
	return id, nil
}

// remove takes text id out of the index. FTS4 reads the terms to remove
// from texts, so the texts row goes last.
func (ix *indexer) remove(id int64) error {
	for _, which := range []int{delScope, delAll, delText} {
		if _, err := ix.exec(which, id); err != nil {
			return err
		}
	}
	return nil
}

// removeSelected takes out of the index every text whose id query selects.
func (ix *indexer) removeSelected(query string, args ...any) error {
	rows, err := ix.tx.QueryContext(ix.ctx, query, args...)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := ix.remove(id); err != nil {
			return err
		}
	}
	return nil
}
