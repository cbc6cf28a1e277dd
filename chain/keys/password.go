package keys

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/term"
)

// PasswordEnv is the environment variable a keystore password may come from.
const PasswordEnv = "ZKPOOL_PASSWORD"

// Password finds the keystore password: the first line of file when given,
// else $ZKPOOL_PASSWORD, else a prompt on a terminal stdin.
func Password(file string, stdin *os.File, prompt io.Writer) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		p := strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r")
		if p == "" {
			return "", fmt.Errorf("%w: %s is empty", ErrNoPassword, file)
		}
		return p, nil
	}
	if p := os.Getenv(PasswordEnv); p != "" {
		return p, nil
	}
	if stdin == nil || !term.IsTerminal(int(stdin.Fd())) {
		return "", ErrNoPassword
	}
	fmt.Fprint(prompt, "keystore password: ")
	b, err := term.ReadPassword(int(stdin.Fd()))
	fmt.Fprintln(prompt)
	if err != nil {
		return "", fmt.Errorf("password: %w", err)
	}
	if len(b) == 0 {
		return "", ErrNoPassword
	}
	return string(b), nil
}

// LoadKey decrypts the key of account (or the keystore's first key when
// account is empty) from the keystore at dir.
func LoadKey(dir, account, password string) (Key, error) {
	ks, err := Open(dir, false)
	if err != nil {
		return Key{}, err
	}
	var addr common.Address
	if account != "" {
		addr = common.HexToAddress(account)
	} else {
		accts := ks.Accounts()
		if len(accts) == 0 {
			return Key{}, fmt.Errorf("%w: the keystore at %s holds none (run init first)", ErrNoAccount, dir)
		}
		addr = accts[0]
	}
	return ks.Load(addr, password)
}
