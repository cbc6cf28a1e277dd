package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// StoreFile is the store's file name in the data dir.
const StoreFile = "tasks.db"

var (
	bTasks    = []byte("tasks")    // id -> Task (JSON)
	bInputs   = []byte("inputs")   // id -> the task input blob
	bReceipts = []byte("receipts") // id -> the receipt file (JSON bundle), once verified
)

// store keeps the requester's tasks in a bbolt file: each task's record,
// its input and, once verified, its receipt. A record is written before
// the work it describes goes on (a task is on file before any node is
// asked), so a crash loses at most the bids seen since the last write.
type store struct{ db *bolt.DB }

func openStore(dir string) (*store, error) {
	path := filepath.Join(dir, StoreFile)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("web: store %s: %w (is another zkpool serve running on this data dir?)", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bTasks, bInputs, bReceipts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("web: store %s: %w", path, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

// create writes a new task with its input.
func (s *store) create(t *Task, input []byte) error {
	data, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bInputs).Put([]byte(t.ID), input); err != nil {
			return err
		}
		return tx.Bucket(bTasks).Put([]byte(t.ID), data)
	})
}

// put writes t, and its receipt file when not nil.
func (s *store) put(t *Task, receiptFile []byte) error {
	data, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if receiptFile != nil {
			if err := tx.Bucket(bReceipts).Put([]byte(t.ID), receiptFile); err != nil {
				return err
			}
		}
		return tx.Bucket(bTasks).Put([]byte(t.ID), data)
	})
}

func (s *store) get(id string) (*Task, error) {
	var t *Task
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bTasks).Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		t = new(Task)
		return json.Unmarshal(v, t)
	})
	return t, err
}

// receipt is task id's receipt file, or ErrNotFound.
func (s *store) receipt(id string) ([]byte, error) {
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bReceipts).Get([]byte(id))
		if v == nil {
			return ErrNotFound
		}
		out = append([]byte(nil), v...)
		return nil
	})
	return out, err
}

// list is every task, newest first.
func (s *store) list() ([]*Task, error) {
	var out []*Task
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bTasks).ForEach(func(k, v []byte) error {
			t := new(Task)
			if err := json.Unmarshal(v, t); err != nil {
				return fmt.Errorf("task %s: %w", k, err)
			}
			out = append(out, t)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.After(out[j].Created) })
	return out, err
}

// interrupt marks every task left unfinished by an earlier run, and
// returns them.
func (s *store) interrupt(now time.Time) ([]*Task, error) {
	var out []*Task
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bTasks)
		type kv struct {
			k []byte
			t *Task
		}
		var open []kv
		err := b.ForEach(func(k, v []byte) error {
			t := new(Task)
			if err := json.Unmarshal(v, t); err != nil {
				return fmt.Errorf("task %s: %w", k, err)
			}
			if !t.State.Done() {
				open = append(open, kv{append([]byte(nil), k...), t})
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, o := range open {
			o.t.fail(KindInterrupted, errInterrupted(o.t), now)
			o.t.State = StateInterrupted
			data, err := json.Marshal(o.t)
			if err != nil {
				return err
			}
			if err := b.Put(o.k, data); err != nil {
				return err
			}
			out = append(out, o.t)
		}
		return nil
	})
	return out, err
}

// errInterrupted says what became of a task the service stopped under.
func errInterrupted(t *Task) error {
	if t.TaskID == "" {
		return errors.New("the service stopped before this task was paid for: nothing was paid")
	}
	return fmt.Errorf("the service stopped while the network proved task %s (paid %s wei); its result was not checked here. "+
		"If no node fulfils it by its deadline (%s), the price can be refunded from the contract", t.TaskID, t.PricePaid,
		t.Deadline.UTC().Format(time.RFC3339))
}
