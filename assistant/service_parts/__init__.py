"""Parts of the one service layer (assistant.service.Workbench), kept in small modules. Front ends
import assistant.service, never these."""
