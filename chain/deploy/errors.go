package deploy

import "errors"

// ErrInvalidParams is returned by Params.Validate.
var ErrInvalidParams = errors.New("deploy: invalid parameters")
