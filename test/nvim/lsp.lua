-- Drives unres-language-server from Neovim's own LSP client (0.7 and later), headless, and writes what
-- the client saw as JSON. Run by nvim.test.ts:
--   UNRES_NVIM_CONFIG=config.json nvim --headless --clean -c 'luafile test/nvim/lsp.lua'
-- config.json: { "cmd": [...], "file": "...", "result": "...", "diagnostics": bool,
--                "insert": {line, lines}?, "hover": {line, character}?, "completion": {line, character}? }
-- (LSP positions, 0-based; `insert` puts lines before `line`, as typing would, before the requests)

local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('UNRES_NVIM_CONFIG')), '\n'))
local result = { errors = {} }

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(result) }, config.result)
  if code == 0 then
    vim.cmd('qa!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function request(buf, method, position)
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = position }
  local responses = vim.lsp.buf_request_sync(buf, method, params, 5000) or {}
  for _, response in pairs(responses) do
    if response.error then
      table.insert(result.errors, method .. ': ' .. vim.inspect(response.error))
    end
    return response.result
  end
  table.insert(result.errors, method .. ': no response within 5 s')
end

local function collect_diagnostics(buf)
  vim.wait(10000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      line = d.lnum, character = d.col, endLine = d.end_lnum, endCharacter = d.end_col,
      severity = d.severity, message = d.message, code = d.code, source = d.source,
    })
  end
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(config.file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'unres'
  local initialized = false
  local client_id = vim.lsp.start_client({
    name = 'unres',
    cmd = config.cmd,
    root_dir = vim.fn.fnamemodify(config.file, ':p:h'),
    on_init = function(_, initialize_result)
      result.serverInfo = initialize_result.serverInfo
      result.capabilities = initialize_result.capabilities
      initialized = true
    end,
  })
  if not client_id then
    table.insert(result.errors, 'the server did not start')
    return finish(1)
  end
  result.attached = vim.lsp.buf_attach_client(buf, client_id)
  if not vim.wait(10000, function() return initialized end, 20) then
    table.insert(result.errors, 'no initialize response within 10 s')
    return finish(1)
  end
  if config.insert then
    vim.api.nvim_buf_set_lines(buf, config.insert.line, config.insert.line, false, config.insert.lines)
  end
  if config.diagnostics then collect_diagnostics(buf) end
  if config.hover then result.hover = request(buf, 'textDocument/hover', config.hover) end
  if config.completion then result.completion = request(buf, 'textDocument/completion', config.completion) end
  vim.lsp.stop_client(client_id)
  finish(0)
end

local ok, err = pcall(run)
if not ok then
  table.insert(result.errors, tostring(err))
  finish(1)
end
