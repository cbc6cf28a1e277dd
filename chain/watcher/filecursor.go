package watcher

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// FileCursor is a Cursor kept in a small JSON file, replaced atomically on
// each Save. Callers with a database should implement Cursor on it instead,
// saving the position in the same transaction as their own effects.
type FileCursor struct {
	Path string
	mu   sync.Mutex
}

// Load reads the position; a missing file means no position yet.
func (c *FileCursor) Load(context.Context) (Position, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	data, err := os.ReadFile(c.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return Position{}, false, nil
	}
	if err != nil {
		return Position{}, false, fmt.Errorf("watcher: cursor: %w", err)
	}
	var pos Position
	if err := json.Unmarshal(data, &pos); err != nil {
		return Position{}, false, fmt.Errorf("watcher: cursor %s is corrupt: %w", c.Path, err)
	}
	return pos, true, nil
}

// Save writes pos to a temporary file and renames it over the cursor file.
func (c *FileCursor) Save(_ context.Context, pos Position) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	data, err := json.Marshal(pos)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.Path), ".cursor-*")
	if err != nil {
		return fmt.Errorf("watcher: cursor: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("watcher: cursor: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("watcher: cursor: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("watcher: cursor: %w", err)
	}
	if err := os.Rename(tmp.Name(), c.Path); err != nil {
		return fmt.Errorf("watcher: cursor: %w", err)
	}
	return nil
}
